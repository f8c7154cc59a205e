//! The shape of a Fluent file: which messages it has, with which attributes and arguments. The
//! completeness checks compare the shapes of the languages (every message and every argument in
//! every language).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message of a Fluent file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageOutline {
    /// It has a value (a finding message has one; a rule's texts have only attributes).
    pub value: bool,
    pub attributes: BTreeSet<String>,
    /// The variables (`$name`) it uses, in its value, attributes and every variant, also as a
    /// function's arguments (`{ DATE($start) }` uses `start`).
    pub variables: BTreeSet<String>,
    /// The functions it calls (`DATE`), wherever it calls them.
    pub functions: BTreeSet<String>,
}

/// Every message of a Fluent file by id (syntax errors are [`Translations::problems`](
/// super::Translations::problems)).
pub fn outline(ftl: &str) -> BTreeMap<String, MessageOutline> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let mut outline = MessageOutline {
            value: message.value.is_some(),
            ..MessageOutline::default()
        };
        for pattern in message
            .value
            .iter()
            .chain(message.attributes.iter().map(|a| &a.value))
        {
            pattern_variables(pattern, &mut outline);
        }
        outline.attributes = message
            .attributes
            .iter()
            .map(|a| a.id.name.to_owned())
            .collect();
        out.insert(message.id.name.to_owned(), outline);
    }
    out
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut MessageOutline) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut MessageOutline) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut MessageOutline) {
    if let InlineExpression::FunctionReference { id, .. } = inline {
        out.functions.insert(id.name.to_owned());
    }
    match inline {
        InlineExpression::VariableReference { id } => {
            out.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn variables_are_found_in_values_attributes_and_variants() {
        let shape = super::outline(
            "a = { $n ->\n    [one] one { $what }\n   *[other] { $n } { $what }\n}\n\
             b =\n    .summary = S { $x }\n    .fix = F\n",
        );
        let a = &shape["a"];
        assert!(a.value && a.attributes.is_empty());
        assert_eq!(a.variables.iter().collect::<Vec<_>>(), ["n", "what"]);
        let b = &shape["b"];
        assert!(!b.value);
        assert_eq!(b.attributes.iter().collect::<Vec<_>>(), ["fix", "summary"]);
        assert_eq!(b.variables.iter().collect::<Vec<_>>(), ["x"]);
    }

    #[test]
    fn a_function_s_arguments_are_variables_and_its_name_is_kept() {
        let shape = super::outline(
            "a = From { DATE($start) } to { $end ->\n    [x] { DATE($end) }\n   *[other] { $end }\n}\n",
        );
        let a = &shape["a"];
        assert_eq!(a.variables.iter().collect::<Vec<_>>(), ["end", "start"]);
        assert_eq!(a.functions.iter().collect::<Vec<_>>(), ["DATE"]);
        assert!(super::outline("b = { $x }\n")["b"].functions.is_empty());
    }
}
