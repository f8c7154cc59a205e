//! `accord serve`, end to end: the built binary on an ephemeral loopback port.
//!
//! - Every route over real HTTP, every `Accept`; the API's report equals `accord audit
//!   --format …` of the same file byte for byte, `/v1/validate` equals `accord validate`.
//! - HTTP faults (413, 415, 400, 406) and the server going on after them; 503 when a plugin
//!   hangs in process; a crashing C plugin under `--isolate` costs one request, not the server.
//! - The `Host` check, graceful shutdown on SIGTERM with a request in flight, one log line per
//!   request that never holds the charter, `--quiet`.
//! - A short load smoke test (320 audits at 16 connections).
//! - Real clients, each skipped with a message where it cannot be installed: the page in
//!   Chromium driven by Playwright (tests/browser/page.mjs, with axe-core), and schemathesis
//!   against the served OpenAPI document (`.ci/run` installs both).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::{built, run, workspace_root};
use serde_json::Value;

const TODAY: &str = "2026-11-27";
const WATER: &str = "examples/charters/water-programme.toml";
const INVALID: &str = "tests/fixtures/invalid/several-errors.toml";

/// The library of the C test plugin `name` (built by build.rs).
fn c_plugin(name: &str) -> String {
    let dir = PathBuf::from(env!("ACCORD_TEST_C_PLUGINS"));
    let file = dir.join(accord_core::plugin::library_file_name(name));
    assert!(file.is_file(), "build.rs did not build {}", file.display());
    file.display().to_string()
}

/// A running `accord serve`, stopped (killed if need be) when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    address: String,
    stderr: Arc<Mutex<String>>,
    stderr_reader: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// `accord serve --listen 127.0.0.1:0 --no-config ARGS…` from the workspace root, once it
    /// has printed its address. No core dumps from crashing plugins.
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(r#"ulimit -c 0 2>/dev/null; exec "$0" "$@""#)
            .arg(&built().accord)
            .args(["serve", "--listen", "127.0.0.1:0", "--no-config"])
            .args(args)
            .current_dir(workspace_root())
            .env("NO_COLOR", "1")
            .env_remove("ACCORD_PLUGIN_PATH")
            // English unless a test says otherwise, whatever the machine's locale.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("accord serve starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        let stderr_reader = {
            let pipe = child.stderr.take().expect("piped stderr");
            let stderr = Arc::clone(&stderr);
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    let mut all = stderr.lock().expect("stderr lock");
                    all.push_str(&line);
                    all.push('\n');
                }
            })
        };
        let lines: Receiver<String> = {
            let (send, receive) = channel();
            let pipe = child.stdout.take().expect("piped stdout");
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    if send.send(line).is_err() {
                        break;
                    }
                }
            });
            receive
        };
        let first = lines
            .recv_timeout(Duration::from_secs(120))
            .unwrap_or_else(|_| {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "accord serve printed no address; stderr:\n{}",
                    stderr.lock().expect("lock")
                )
            });
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in {first:?}"));
        let address = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        assert!(address.starts_with("127.0.0.1:"), "{first}");
        Server {
            child,
            address,
            stderr,
            stderr_reader: Some(stderr_reader),
        }
    }

    fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// One request on a new connection, with a loopback `Host`.
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let mut all = vec![("Host", self.address.as_str())];
        all.extend_from_slice(headers);
        http(&self.address, method, path, &all, body)
    }

    fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &[], b"")
    }

    /// `POST /v1/audit` (or another route) of a file's bytes as TOML, accepting `accept`.
    fn post_file(&self, path: &str, file: &str, accept: &str) -> Reply {
        let body = std::fs::read(workspace_root().join(file)).expect("the charter");
        let content_type = if file.ends_with(".json") {
            "application/json"
        } else {
            "application/toml"
        };
        self.request(
            "POST",
            path,
            &[("Content-Type", content_type), ("Accept", accept)],
            &body,
        )
    }

    fn stderr(&self) -> String {
        self.stderr.lock().expect("stderr lock").clone()
    }

    /// Sends SIGTERM and waits for the exit (at most 30 s); the exit status and stderr.
    fn stop(mut self) -> (ExitStatus, String) {
        terminate(&self.child);
        let status = wait_for(
            &mut self.child,
            Duration::from_secs(30),
            "accord serve after SIGTERM",
        );
        if let Some(reader) = self.stderr_reader.take() {
            let _ = reader.join();
        }
        (status, self.stderr())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn terminate(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// A response.
#[derive(Debug)]
struct Reply {
    status: u16,
    /// Header names lowercased.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("a UTF-8 body")
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// A problem's detail, after checking it is a problem with this status.
    fn problem(&self, status: u16) -> String {
        assert_eq!(
            self.status,
            status,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json")
        );
        let p = self.json();
        assert_eq!(p["status"], status);
        p["detail"].as_str().expect("a detail").to_owned()
    }
}

/// One HTTP/1.1 exchange on a new connection (`Connection: close`).
fn http(address: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .expect("timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes()).expect("write head");
    // A server may answer (413) before reading the whole body and close.
    let _ = stream.write_all(body);
    read_reply(&mut stream)
}

fn read_reply(stream: &mut TcpStream) -> Reply {
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(&raw)));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..end]).trim(), 16)
            .expect("a chunk size");
        if size == 0 {
            break;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[end + 2 + size + 2..];
    }
    out
}

/// `accord audit FILE --no-config --today TODAY --format FORMAT EXTRA…`: its stdout.
fn cli_audit(file: &str, format: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "audit",
        file,
        "--no-config",
        "--today",
        TODAY,
        "--format",
        format,
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert!(!out.crashed(), "{}", out.snapshot());
    out.stdout
}

/// Every charter the API is compared on: the examples, an invalid one, a JSON one.
fn charters() -> Vec<String> {
    let mut files = crate::util::files_in("examples/charters");
    files.push(INVALID.to_owned());
    let json = crate::util::files_in("tests/fixtures/valid")
        .into_iter()
        .find(|f| f.ends_with(".json"));
    files.extend(json);
    files
}

// ---------------------------------------------------------------------------------------------

#[test]
fn the_api_report_equals_the_cli_byte_for_byte_in_every_format() {
    let server = Server::start(&["--profile", "default", "--profile", "funder-screening"]);
    for file in charters() {
        let query = format!("/v1/audit?today={TODAY}&filename={file}");
        for (accept, format) in [
            ("application/json", "json"),
            ("text/html", "html"),
            ("text/markdown", "markdown"),
            ("application/sarif+json", "sarif"),
            ("text/plain", "text"),
        ] {
            let reply = server.post_file(&query, &file, accept);
            assert_eq!(reply.status, 200, "{file} as {accept}: {}", reply.text());
            assert!(
                reply
                    .header("content-type")
                    .is_some_and(|t| t.starts_with(accept)),
                "{file}: {:?}",
                reply.header("content-type")
            );
            assert_eq!(
                reply.text(),
                cli_audit(&file, format, &[]),
                "{file} as {format}: the API and the CLI differ"
            );
        }
        // Another loaded profile, by name.
        let reply = server.post_file(
            &format!("{query}&profile=funder-screening"),
            &file,
            "application/json",
        );
        assert_eq!(
            reply.text(),
            cli_audit(&file, "json", &["--profile", "funder-screening"]),
            "{file} with funder-screening"
        );
        // Validation as `accord validate --format json`.
        let reply = server.post_file(&format!("/v1/validate?filename={file}"), &file, "*/*");
        let cli = run(&["validate", &file, "--format", "json"]);
        assert_eq!(reply.text().trim_end(), cli.stdout.trim_end(), "{file}");
    }
}

/// The server speaks each client's language, as `accord … --lang TAG` does: `?lang=`, else
/// `Accept-Language`, else its own (`--lang`).
#[test]
fn each_client_gets_the_cli_report_in_its_language() {
    let server = Server::start(&["--lang", "es"]);
    let query = format!("/v1/audit?today={TODAY}&filename={WATER}");
    let audit = |path: &str, language: Option<&str>, accept: &str| {
        let body = std::fs::read(workspace_root().join(WATER)).expect("the charter");
        let mut headers = vec![("Content-Type", "application/toml"), ("Accept", accept)];
        headers.extend(language.map(|l| ("Accept-Language", l)));
        server.request("POST", path, &headers, &body)
    };
    for (accept, format) in [
        ("application/json", "json"),
        ("text/plain", "text"),
        ("text/markdown", "markdown"),
        ("text/html", "html"),
    ] {
        let french = audit(&query, Some("fr-FR,fr;q=0.9,en;q=0.5"), accept);
        assert_eq!(french.header("content-language"), Some("fr"));
        assert_eq!(
            french.text(),
            cli_audit(WATER, format, &["--lang", "fr"]),
            "{format} in French"
        );
        // No language asked: the server's own.
        let own = audit(&query, None, accept);
        assert_eq!(own.text(), cli_audit(WATER, format, &["--lang", "es"]));
    }
    // `?lang=` wins over `Accept-Language`.
    let english = audit(&format!("{query}&lang=en"), Some("fr"), "application/json");
    assert_eq!(english.text(), cli_audit(WATER, "json", &[]));
    assert!(english.text().contains("\"lang\":\"en\""));
    let refused = audit(&format!("{query}&lang=de"), Some("fr"), "application/json");
    assert_eq!(refused.problem(400), "Accord ne parle pas la langue `de`");
    // The rules and their explanations, as `accord rules` and `accord explain` write them.
    let rules = server.get("/v1/rules?lang=fr").json();
    let cli: Vec<Value> = run(&["rules", "--format", "json", "--no-config", "--lang", "fr"])
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(rules, Value::from(cli));
    let explained = server.request(
        "GET",
        "/v1/rules/exit.handover-date",
        &[("Accept-Language", "fr-HT, fr;q=0.8")],
        b"",
    );
    assert_eq!(
        explained.text(),
        run(&[
            "explain",
            "exit.handover-date",
            "--no-config",
            "--lang",
            "fr"
        ])
        .stdout
    );
    // The page: the server's language without a preference, the browser's with one.
    assert!(server.get("/").text().contains("<html lang=\"es\">"));
    let page = server.request("GET", "/", &[("Accept-Language", "fr-FR,fr;q=0.9")], b"");
    assert!(page.text().contains("<html lang=\"fr\">"));
    assert!(page.text().contains("Auto-évaluation avec Accord"));
}

#[test]
fn every_route_answers_over_http_as_the_cli_prints() {
    let server = Server::start(&[]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = page.header("content-security-policy").expect("a CSP");
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(
        page.text()
            .contains("<option value=\"default\">default</option>")
    );
    for (path, media) in [
        ("/page.js", "text/javascript"),
        ("/page.css", "text/css"),
        ("/favicon.svg", "image/svg+xml"),
        ("/starter.toml", "application/toml"),
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 200, "{path}");
        assert!(
            reply
                .header("content-type")
                .is_some_and(|t| t.starts_with(media)),
            "{path}"
        );
    }
    // The starter is what `accord init charter.toml` writes.
    let dir = crate::util::temp_dir("serve-starter");
    let init = crate::util::run_in(dir.path(), &["init", "charter.toml"]);
    assert_eq!(init.code, 0, "{}", init.snapshot());
    let written = std::fs::read_to_string(dir.path().join("charter.toml")).expect("written");
    assert_eq!(server.get("/starter.toml").text(), written);
    // In French, what `accord --lang fr init charter.toml` writes.
    let init = crate::util::run_in(dir.path(), &["--lang", "fr", "init", "charte.toml"]);
    assert_eq!(init.code, 0, "{}", init.snapshot());
    let written = std::fs::read_to_string(dir.path().join("charte.toml")).expect("written");
    assert_eq!(
        server.get("/starter.toml?lang=fr").text(),
        written.replace("charte.toml", "charter.toml")
    );
    // Rules and explanations as `accord rules` and `accord explain`.
    let rules = server.get("/v1/rules").json();
    let cli: Vec<Value> = run(&["rules", "--format", "json", "--no-config"])
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(rules, Value::from(cli));
    for id in [
        "exit.handover-date",
        "accountability.meeting-cadence",
        "waiver.expired",
    ] {
        let reply = server.get(&format!("/v1/rules/{id}"));
        assert_eq!(
            reply.text(),
            run(&["explain", id, "--no-config"]).stdout,
            "{id}"
        );
    }
    let unknown = server.get("/v1/rules/exit.handover-dat");
    assert_eq!(
        unknown.problem(404),
        "there is no rule `exit.handover-dat` in this profile's plugins or packs"
    );
    for name in ["charter", "report", "pack", "config"] {
        let reply = server.get(&format!("/v1/schemas/{name}"));
        assert_eq!(reply.text(), run(&["schema", name]).stdout, "{name}");
    }
    let openapi = server.get("/v1/openapi.json").json();
    assert_eq!(openapi["openapi"], "3.1.0");
    let health = server.get("/healthz").json();
    assert_eq!(health["profiles"], serde_json::json!(["default"]));
    // The no-script form.
    let form = server.request(
        "POST",
        "/",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"charter=charter_version%20%3D%201",
    );
    assert_eq!(form.status, 200);
    assert!(form.text().contains("<!DOCTYPE html>"));
    let (status, _) = server.stop();
    assert!(status.success(), "{status}");
}

#[test]
fn http_faults_are_problems_and_the_server_goes_on() {
    let server = Server::start(&["--max-file-size", "100000"]);
    let big = vec![b'#'; 100_001];
    let too_large = server.request(
        "POST",
        "/v1/audit",
        &[("Content-Type", "application/toml")],
        &big,
    );
    assert_eq!(
        too_large.problem(413),
        "the file is 100001 bytes, over the limit of 100000 bytes"
    );
    let unsupported = server.request("POST", "/v1/audit", &[("Content-Type", "text/csv")], b"a");
    assert!(unsupported.problem(415).contains("`text/csv`"));
    let bad_date = server.post_file("/v1/audit?today=tomorrow", WATER, "*/*");
    assert_eq!(
        bad_date.problem(400),
        "`tomorrow` is not a date like 2026-01-31"
    );
    let bad_profile = server.post_file("/v1/audit?profile=funder-screening", WATER, "*/*");
    assert!(
        bad_profile
            .problem(400)
            .contains("no profile `funder-screening`")
    );
    let not_acceptable = server.post_file("/v1/audit", WATER, "image/png");
    assert!(not_acceptable.problem(406).contains("`Accept`"));
    let not_allowed = server.request("DELETE", "/v1/audit", &[], b"");
    not_allowed.problem(405);
    assert_eq!(not_allowed.header("allow"), Some("POST"));
    // Any content at all is a report, never an error of the server.
    for body in [&b"\xff\xfe"[..], b"{\"a\": ", b"[[[[[[[[[[", b""] {
        let reply = server.request(
            "POST",
            "/v1/audit",
            &[("Content-Type", "application/json")],
            body,
        );
        assert_eq!(reply.status, 200);
        assert_eq!(reply.json()["status"], "invalid");
    }
    assert_eq!(server.post_file("/v1/audit", WATER, "*/*").status, 200);
    let (status, stderr) = server.stop();
    assert!(status.success(), "{status}\n{stderr}");
}

#[cfg(unix)]
#[test]
fn a_crashing_plugin_under_isolate_costs_one_request_not_the_server() {
    let crashing = c_plugin("crash-on-one");
    let server = Server::start(&[
        "--profile",
        "tests/fixtures/isolation/profile.toml",
        "--plugin-dir",
        env!("ACCORD_TEST_C_PLUGINS"),
        "--plugin",
        &crashing,
        "--isolate",
        "--plugin-timeout",
        "5",
    ]);
    let crash = server.post_file("/v1/audit", "tests/fixtures/isolation/crash-me.toml", "*/*");
    assert_eq!(crash.status, 200, "{}", crash.text());
    let report = crash.json();
    assert_eq!(report["status"], "error", "{report}");
    let failures = report["plugin_failures"].as_array().expect("failures");
    assert_eq!(failures.len(), 1, "{report}");
    assert_eq!(failures[0]["plugin"], "crash-on-one");
    assert!(
        failures[0]["cause"]
            .as_str()
            .expect("cause")
            .contains("SIGSEGV"),
        "{report}"
    );
    // The server answers the next request, and audits it in full.
    let next = server.post_file("/v1/audit", WATER, "*/*");
    assert_eq!(next.status, 200);
    assert_eq!(next.json()["status"], "audited");
    assert_eq!(server.get("/healthz").status, 200);
    let (status, stderr) = server.stop();
    assert!(status.success(), "{status}\n{stderr}");
}

#[cfg(unix)]
#[test]
fn a_hung_plugin_in_process_costs_a_503_and_the_server_goes_on() {
    let server = Server::start(&[
        "--plugin",
        &c_plugin("hang-plugin"),
        "--jobs",
        "1",
        "--request-timeout",
        "1",
    ]);
    let started = Instant::now();
    let stuck = server.post_file("/v1/audit", WATER, "*/*");
    assert!(
        stuck
            .problem(503)
            .contains("longer than the server's limit of 1 second")
    );
    assert_eq!(stuck.header("retry-after"), Some("1"));
    // The hung audit holds the only slot: the next waits its second, then is told so.
    let waiting = server.post_file("/v1/audit", WATER, "*/*");
    assert!(
        waiting
            .problem(503)
            .contains("its only audit slot stayed taken for 1 second")
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    // Everything that needs no slot still answers.
    assert_eq!(server.get("/healthz").status, 200);
    assert_eq!(server.get("/v1/rules").status, 200);
    // Shutting down does not wait for the hung plugin forever.
    let (status, _) = server.stop();
    assert!(status.success(), "{status}");
}

#[test]
fn a_host_that_is_not_loopback_is_refused() {
    let server = Server::start(&[]);
    for host in [
        "attacker.example",
        "attacker.example:80",
        "127.0.0.1.attacker.example",
    ] {
        let reply = http(&server.address, "GET", "/healthz", &[("Host", host)], b"");
        assert!(reply.problem(403).contains(host), "{host}");
    }
    for host in ["localhost", &server.address, "[::1]:1"] {
        let reply = http(&server.address, "GET", "/healthz", &[("Host", host)], b"");
        assert_eq!(reply.status, 200, "{host}");
    }
}

#[test]
fn a_taken_address_is_refused_with_a_fix() {
    let server = Server::start(&[]);
    let second = run(&["serve", "--no-config", "--listen", &server.address]);
    assert_eq!(second.code, 2, "{}", second.snapshot());
    assert!(
        second.stderr.contains("another program already does")
            && second.stderr.contains("help: choose another port"),
        "{}",
        second.stderr
    );
    assert_eq!(server.get("/healthz").status, 200);
}

#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    let server = Server::start(&[]);
    let body = std::fs::read(workspace_root().join(WATER)).expect("charter");
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let head = format!(
        "POST /v1/audit HTTP/1.1\r\nHost: {}\r\nContent-Type: application/toml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        server.address,
        body.len()
    );
    stream.write_all(head.as_bytes()).expect("head");
    stream
        .write_all(&body[..body.len() / 2])
        .expect("half the body");
    std::thread::sleep(Duration::from_millis(200));
    terminate(&server.child);
    std::thread::sleep(Duration::from_millis(200));
    stream.write_all(&body[body.len() / 2..]).expect("the rest");
    let reply = read_reply(&mut stream);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["status"], "audited");
    // New connections are no longer taken, and the server exits cleanly.
    let (status, stderr) = server.stop();
    assert!(status.success(), "{status}\n{stderr}");
    assert!(stderr.contains("POST /v1/audit 200 "), "{stderr}");
}

#[test]
fn one_log_line_per_request_never_with_the_charter() {
    let server = Server::start(&[]);
    server.post_file("/v1/audit?filename=secret-name.toml", WATER, "*/*");
    server.get("/v1/rules/waiver.expired?profile=default");
    server.get("/nowhere");
    let (_, stderr) = server.stop();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    let shape = |line: &str, start: &str| {
        line.starts_with(start) && line.ends_with(" ms") && line.contains(" bytes ")
    };
    assert!(shape(lines[0], "POST /v1/audit 200 "), "{}", lines[0]);
    assert!(shape(lines[1], "GET /v1/rules/{id} 200 "), "{}", lines[1]);
    assert!(shape(lines[2], "GET /nowhere 404 "), "{}", lines[2]);
    for secret in ["Chikwawa", "secret-name", "boreholes", "profile=default"] {
        assert!(
            !stderr.contains(secret),
            "the log holds `{secret}`:\n{stderr}"
        );
    }
    let quiet = Server::start(&["--quiet"]);
    quiet.post_file("/v1/audit", WATER, "*/*");
    let (_, stderr) = quiet.stop();
    assert_eq!(stderr, "", "--quiet logs nothing");
}

#[test]
fn a_short_load_gets_no_error() {
    const CONNECTIONS: usize = 16;
    const EACH: usize = 20;
    let server = Server::start(&["--quiet"]);
    let body = Arc::new(std::fs::read(workspace_root().join(WATER)).expect("charter"));
    let address = server.address.clone();
    let started = Instant::now();
    let workers: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let body = Arc::clone(&body);
            let address = address.clone();
            std::thread::spawn(move || {
                (0..EACH)
                    .map(|_| {
                        let reply = http(
                            &address,
                            "POST",
                            "/v1/audit",
                            &[("Host", &address), ("Content-Type", "application/toml")],
                            &body,
                        );
                        (reply.status, reply.body.len())
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let replies: Vec<(u16, usize)> = workers
        .into_iter()
        .flat_map(|w| w.join().expect("a load thread"))
        .collect();
    let elapsed = started.elapsed();
    assert_eq!(replies.len(), CONNECTIONS * EACH);
    let errors: Vec<_> = replies.iter().filter(|(s, _)| *s != 200).collect();
    assert!(errors.is_empty(), "{} errors: {errors:?}", errors.len());
    // Every report of the same charter is the same size (the date is today's for all).
    assert!(replies.iter().all(|(_, n)| *n == replies[0].1));
    eprintln!(
        "load: {} audits at {CONNECTIONS} connections in {elapsed:.1?} ({:.0}/s)",
        replies.len(),
        replies.len() as f64 / elapsed.as_secs_f64()
    );
    assert_eq!(server.get("/healthz").status, 200);
}

// ---------------------------------------------------------------------------------------------
// Real clients

/// The browser test's directory, with its npm packages installed.
fn browser_dir() -> Option<PathBuf> {
    let dir = workspace_root().join("tests/browser");
    if !Path::new("/usr/bin/chromium").is_file() {
        eprintln!(
            "skipping the browser test: Chromium is not installed (apt-get install chromium)"
        );
        return None;
    }
    if Command::new("node").arg("--version").output().is_err() {
        eprintln!("skipping the browser test: Node.js is not installed");
        return None;
    }
    if !dir.join("node_modules/playwright-core").is_dir()
        || !dir.join("node_modules/axe-core").is_dir()
    {
        eprintln!(
            "skipping the browser test: run `npm ci` in tests/browser to install Playwright and axe-core"
        );
        return None;
    }
    Some(dir)
}

#[test]
fn the_page_in_a_real_browser() {
    let Some(dir) = browser_dir() else { return };
    let server = Server::start(&[]);
    // What the command line reports for the same charters, today (the page's date).
    let report: Value =
        serde_json::from_str(&run(&["audit", WATER, "--no-config", "--format", "json"]).stdout)
            .expect("the CLI's report");
    let invalid: Value =
        serde_json::from_str(&run(&["audit", INVALID, "--no-config", "--format", "json"]).stdout)
            .expect("the CLI's report");
    let findings = report["findings"].as_array().expect("findings");
    let fix_rule = "exit.handover-date";
    let fixed = findings
        .iter()
        .find(|f| f["rule"] == fix_rule)
        .expect("the example's handover comes after the end");
    let line = fixed["line"].as_u64().expect("a line");
    let text = std::fs::read_to_string(workspace_root().join(WATER)).expect("charter");
    assert!(
        text.lines()
            .nth(line as usize - 1)
            .is_some_and(|l| l.starts_with("handover_date = ")),
        "line {line} of {WATER} sets the handover date"
    );
    let lines: std::collections::BTreeSet<u64> = findings
        .iter()
        .filter(|f| f["waiver"].is_null())
        .filter_map(|f| f["line"].as_u64())
        .collect();
    // The same charter's findings and the page's texts in French and Spanish.
    let in_lang = |tag: &str| {
        let lang = accord_core::lang::Lang::from_tag(tag).expect("a language");
        let report: Value = serde_json::from_str(
            &run(&[
                "audit",
                WATER,
                "--no-config",
                "--format",
                "json",
                "--lang",
                tag,
            ])
            .stdout,
        )
        .expect("the CLI's report");
        let grade = report["score"]["grade"]
            .as_str()
            .expect("a grade")
            .to_owned();
        serde_json::json!({
            "title": accord_core::lang::t!(lang, "serve-page-title"),
            "grade": accord_core::lang::t!(lang, "serve-script-grade", grade = grade),
            "messages": report["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .map(|f| f["message"].clone())
                .collect::<Vec<_>>(),
        })
    };
    let shots = workspace_root().join("target/serve-browser");
    let config = serde_json::json!({
        "url": server.url(),
        "charter": workspace_root().join(WATER),
        "invalid": workspace_root().join(INVALID),
        "shots": shots,
        "expect": {
            "grade": report["score"]["grade"],
            "findings": findings.len(),
            "rules": findings.iter().map(|f| f["rule"].clone()).collect::<Vec<_>>(),
            "lines": lines.len(),
            "fix": {
                "rule": fix_rule,
                "line": line,
                // Within the partnership, which ends 2021-03-31.
                "text": "handover_date = 2021-03-31",
                "count": findings.iter().filter(|f| f["rule"] == fix_rule).count(),
            },
            "invalid": {
                "errors": invalid["errors"].as_array().expect("errors").len(),
                "line": invalid["errors"][0]["line"],
            },
            "fr": in_lang("fr"),
            "es": in_lang("es"),
        },
    });
    let mut child = Command::new("node")
        .arg("page.mjs")
        .arg(config.to_string())
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    let status = wait_for(&mut child, Duration::from_secs(240), "the browser test");
    let mut stdout = String::new();
    let mut stderr = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut stdout)
        .expect("stdout");
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr");
    assert!(
        status.success(),
        "the browser test failed:\n{stderr}\n{stdout}"
    );
    let seen: Value = serde_json::from_str(stdout.trim()).expect("what the browser saw");
    assert_eq!(seen["grade"], report["score"]["grade"]);
    assert_eq!(seen["findings"], findings.len());
    assert_eq!(
        seen["dropped"],
        findings.len(),
        "dropping the file audits it"
    );
    assert_eq!(seen["clicked"]["line"], line);
    assert!(shots.join("serve-page.png").is_file());
    assert_eq!(seen["french"]["findings"], findings.len());
    assert!(
        seen["spanish"]["address"]
            .as_str()
            .is_some_and(|a| a.ends_with("?lang=es"))
    );
    eprintln!("the browser saw: {seen}");
}

/// The exit status of `child`, killed (and the test failed) if it runs past `limit`.
fn wait_for(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    crate::util::wait_within(child, limit)
        .unwrap_or_else(|_| panic!("{what} did not finish within {limit:?}"))
}

#[test]
fn schemathesis_finds_no_server_error_and_no_response_off_the_spec() {
    let schemathesis = std::env::var_os("ACCORD_SCHEMATHESIS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/venv/bin/schemathesis"));
    if !schemathesis.is_file() {
        eprintln!(
            "skipping schemathesis: {} is missing (`.ci/run` installs it in a venv)",
            schemathesis.display()
        );
        return;
    }
    let server = Server::start(&["--quiet", "--profile", "default", "--profile", "self-audit"]);
    let url = server.url();
    let report = workspace_root().join("target/schemathesis");
    let mut child = Command::new(&schemathesis)
        .args(["run", &format!("{url}v1/openapi.json"), "--url", &url])
        // Every check; a fixed seed and a bounded number of examples per operation. One
        // worker: this Python's parser is not safe across the threads of several.
        .args([
            "--checks",
            "all",
            "--max-examples",
            "40",
            "--seed",
            "20261127",
            "--workers",
            "1",
        ])
        .args([
            "--generation-database",
            "none",
            "--no-color",
            "--request-timeout",
            "30",
        ])
        .arg("--report-dir")
        .arg(&report)
        // Its working files (.hypothesis, .schemathesis) stay under target/.
        .current_dir({
            std::fs::create_dir_all(&report).expect("target/schemathesis");
            &report
        })
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("schemathesis runs");
    let status = wait_for(&mut child, Duration::from_secs(600), "schemathesis");
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("stdout");
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut out)
        .expect("stderr");
    assert!(status.success(), "schemathesis failed:\n{out}");
    assert!(out.contains("passed"), "{out}");
    let summary: Vec<&str> = out.lines().filter(|l| l.contains("generated")).collect();
    eprintln!("schemathesis: {summary:?}");
}
