"""`accord lsp` driven over stdio by pytest-lsp, a real client, through a partner's session:
open a troubled charter, fix a finding by typing, hover, complete, waive, shut down; then the
same charter in an editor whose language is French (`initialize.locale`).

Run by tests/tests/lsp.rs, which sets ACCORD_BIN to the freshly built binary (its built-in
plugins lie next to it)."""

import json
import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ACCORD = os.environ["ACCORD_BIN"]
EXAMPLE = pathlib.Path(__file__).resolve().parents[2] / "examples/charters/water-programme.toml"


async def session(lsp_client: LanguageClient, locale=None):
    """Starts a session on a copy of the example charter, the editor speaking `locale`."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="accord-pytest-lsp-"))
    shutil.copy(EXAMPLE, root / "water.toml")
    lsp_client.root = root
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="charters")],
            locale=locale,
        )
    )
    return root


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[ACCORD, "lsp", "--stdio"]))
async def client(lsp_client: LanguageClient):
    root = await session(lsp_client)
    yield
    await lsp_client.shutdown_session()
    shutil.rmtree(root)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[ACCORD, "lsp", "--stdio"]))
async def french_client(lsp_client: LanguageClient):
    root = await session(lsp_client, locale="fr")
    yield
    await lsp_client.shutdown_session()
    shutil.rmtree(root)


async def diagnostics(client: LanguageClient, uri: str, version: int):
    """Waits for the diagnostics of `version` of the document."""
    while True:
        published = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if published.uri == uri and published.version == version:
            return published.diagnostics


async def open_example(client: LanguageClient):
    """Opens the session's copy of the example (version 1): its path, URI, text and diagnostics."""
    path = client.root / "water.toml"
    uri = path.as_uri()
    text = path.read_text()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="toml", version=1, text=text)
        )
    )
    return path, uri, text, await diagnostics(client, uri, 1)


def position(text: str, needle: str, after: int = 0) -> types.Position:
    offset = text.index(needle) + after
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return types.Position(line=line, character=len(text[start:offset].encode("utf-16-le")) // 2)


def cli_report(path: pathlib.Path, *extra: str):
    """The JSON report `accord audit` writes for the file."""
    run = subprocess.run(
        [ACCORD, "audit", "--no-config", "--format", "json", *extra, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    return json.loads(run.stdout.splitlines()[0])


def cli_findings(path: pathlib.Path):
    """(rule, line) of every finding `accord audit` reports for the file."""
    return sorted((f["rule"], f["line"]) for f in cli_report(path)["findings"])


async def test_a_partners_session(client: LanguageClient):
    path, uri, text, found = await open_example(client)

    # Every finding the CLI prints, at the same lines.
    # The server asked to hear of changes to configurations, profiles and packs.
    assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
    assert all(d.source == "accord" for d in found)
    assert sorted((d.code, d.range.start.line + 1) for d in found) == cli_findings(path)
    cadence = next(d for d in found if d.code == "accountability.meeting-cadence")
    assert cadence.severity == types.DiagnosticSeverity.Warning
    assert cadence.related_information[0].message.startswith("fix: ")

    # Typing a fix clears the finding with the next version.
    fixed = text.replace("meeting_every_days = 180", "meeting_every_days = 30")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    after = await diagnostics(client, uri, 2)
    assert "accountability.meeting-cadence" not in {d.code for d in after}
    assert len(after) == len(found) - 1

    # Hover on a key with a finding: the schema's word on the key, then the rule's explanation.
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position(fixed, "decision_making", 2),
        )
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("**`governance.decision_making`**")
    assert "**`accountability.funder-not-sole-decider`**" in hover.contents.value

    # Completion of a partner's `base`: its three allowed values.
    completion = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position(fixed, 'base = "international"', len("base = ")),
        )
    )
    items = completion.items if hasattr(completion, "items") else completion
    assert sorted(i.label for i in items) == ["international", "local", "national"]

    # The waiver action: a [[waivers]] entry whose empty reason is then a located error.
    cadence_free = next(d for d in after if d.code == "accountability.funder-not-sole-decider")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=cadence_free.range,
            context=types.CodeActionContext(diagnostics=[cadence_free]),
        )
    )
    titles = [a.title for a in actions]
    assert titles[0].startswith("Waive `accountability.funder-not-sole-decider`"), titles
    assert "Explain `accountability.funder-not-sole-decider`" in titles
    edit = actions[0].edit.changes[uri][0]
    assert "[[waivers]]" in edit.new_text and 'reason = ""' in edit.new_text
    assert edit.range.start.line == fixed.count("\n")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[
                types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
            ],
        )
    )
    waived = await diagnostics(client, uri, 3)
    reason_line = fixed.count("\n") + 3
    assert any(d.range.start.line == reason_line and d.severity == types.DiagnosticSeverity.Error for d in waived), waived


async def test_a_french_editor_gets_french(french_client: LanguageClient):
    client = french_client
    path, uri, text, found = await open_example(client)

    # The findings' messages and fixes are the French ones `accord audit --lang fr` writes.
    report = cli_report(path, "--lang", "fr")
    assert report["lang"] == "fr"
    expected = sorted((f["rule"], f["line"], f["message"]) for f in report["findings"])
    assert sorted((d.code, d.range.start.line + 1, d.message) for d in found) == expected
    cadence = next(d for d in found if d.code == "accountability.meeting-cadence")
    fix = next(f["fix"] for f in report["findings"] if f["rule"] == cadence.code)
    assert cadence.related_information[0].message == "comment corriger\u00a0: " + fix

    # The hover: what the key holds, then the rule's explanation, in French.
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position(text, "decision_making", 2),
        )
    )
    assert hover.contents.value.startswith(
        "**`governance.decision_making`**\u00a0: une valeur parmi 4 (obligatoire)"
    ), hover.contents.value
    assert "**Pourquoi.**" in hover.contents.value

    # The code actions' titles.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=cadence.range,
            context=types.CodeActionContext(diagnostics=[cadence]),
        )
    )
    assert [a.title for a in actions] == [
        "Accorder une dérogation à `accountability.meeting-cadence` (une entrée [[waivers]] dont vous rédigez le motif)",
        "Expliquer `accountability.meeting-cadence`",
    ]
