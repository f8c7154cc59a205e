use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome, Text};

accord_plugin::rule! {
    /// The community can give feedback and it changes plans: `[listening]` lists at least one
    /// feedback channel and describes the `adaptation` it leads to.
    ///
    /// ## Why
    /// Listening once, at the start, is not enough: people must be able to say what is not
    /// working, and their word must change what happens. The Core Humanitarian Standard (2014,
    /// revised 2024) asks for continuing communication, participation and feedback
    /// (commitment 4) and for learning and improvement (commitment 7); the Grand Bargain (2016)
    /// participation revolution asks that feedback be linked to corrective action. A channel
    /// nobody acts on fails the second half of this rule.
    ///
    /// ## How to fix
    /// List the ways the community can give feedback in `listening.feedback_channels` and
    /// describe in `listening.adaptation` how plans change in response. Name who reads the
    /// feedback, how often, and how the community hears what changed.
    ///
    /// ## Example
    /// ```toml
    /// [listening]
    /// solution_predetermined = false
    /// feedback_channels = ["monthly water-committee meeting", "SMS line"]
    /// adaptation = "The steering group reviews feedback each quarter and reports back at the committee meeting what it changed."
    /// ```
    pub RULE = "humility.feedback-loop", Warning,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 4, communication, participation and feedback",
            "Core Humanitarian Standard (2014, revised 2024): commitment 7, continuous learning and improvement",
            "Grand Bargain (2016): participation revolution",
        ]
}

const CHANNELS: &str = "/listening/feedback_channels";
const ADAPTATION: &str = "/listening/adaptation";

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let Some(listening) = &charter.listening else {
        out.finding(
            &RULE,
            CHANNELS,
            t.format("feedback-loop-no-section", &Args::new()),
        );
        return;
    };
    // The schema forbids blank strings; blank entries are still not counted as channels.
    let channels: Vec<&str> = listening
        .feedback_channels
        .iter()
        .flatten()
        .map(Text::as_str)
        .filter(|c| !c.trim().is_empty())
        .collect();
    if channels.is_empty() {
        out.finding(
            &RULE,
            CHANNELS,
            t.format("feedback-loop-no-channel", &Args::new()),
        );
        return;
    }
    if !non_empty(&listening.adaptation) {
        let args = Args::new()
            .count("count", channels.len())
            .text("channels", t.list(&channels));
        out.finding(
            &RULE,
            ADAPTATION,
            t.format("feedback-loop-no-adaptation", &args),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn listening(extra: serde_json::Value) -> Fixture {
        let mut l = json!({"solution_predetermined": false});
        if let (Some(l), Some(extra)) = (l.as_object_mut(), extra.as_object()) {
            l.extend(extra.clone());
        }
        Fixture::minimal().set("/listening", l)
    }

    #[test]
    fn fires_at_channels_without_listening() {
        let out = Fixture::minimal().run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/feedback_channels"]);
    }

    #[test]
    fn fires_at_channels_when_none_are_listed() {
        // Channels are checked first: no channel and no adaptation give one finding, at channels.
        let out = listening(json!({})).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/feedback_channels"]);
    }

    #[test]
    fn fires_at_channels_when_the_list_is_empty() {
        let out = listening(json!({"feedback_channels": [], "adaptation": "Quarterly review."}))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/feedback_channels"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("No feedback channel"))
        );
    }

    #[test]
    fn fires_at_adaptation_when_it_is_missing() {
        let out =
            listening(json!({"feedback_channels": ["radio call-in", "SMS line"]})).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/adaptation"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("2 channels (radio call-in and SMS line)"),
            "{message}"
        );
    }

    #[test]
    fn fires_at_adaptation_when_it_is_blank() {
        let out = listening(json!({"feedback_channels": ["SMS line"], "adaptation": "  "}))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/adaptation"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("1 channel (SMS line)"))
        );
    }

    #[test]
    fn passes_with_one_channel_and_an_adaptation() {
        // Boundary: one channel is enough.
        let out = listening(json!({"feedback_channels": ["SMS line"],
                                   "adaptation": "Reviewed monthly by the steering group."}))
        .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
