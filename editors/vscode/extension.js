// A minimal VS Code extension: starts `accord lsp --stdio` for TOML and JSON files and passes
// the workspace trust the user gave (docs/editors.md). Not published; run it from this folder.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

/** Plugins named by a workspace run only where the user allows it and VS Code trusts the folder. */
function trustWorkspace() {
  const allowed = vscode.workspace.getConfiguration("accord").get("trustWorkspace", false);
  return allowed && vscode.workspace.isTrusted;
}

function activate(context) {
  const settings = vscode.workspace.getConfiguration("accord");
  const command = settings.get("path", "accord");
  // Without `accord.lang`, the server follows VS Code's display language (initialize.locale).
  const lang = settings.get("lang", "");
  const args = lang ? ["--lang", lang, "lsp"] : ["lsp"];
  client = new LanguageClient(
    "accord",
    "Accord",
    // The stdio transport adds `--stdio` to the arguments.
    { command, args, transport: TransportKind.stdio },
    {
      documentSelector: [
        { scheme: "file", language: "toml" },
        { scheme: "file", language: "json" },
        // Without a TOML extension, VS Code opens .toml files as plain text.
        { scheme: "file", pattern: "**/*.toml" },
      ],
      initializationOptions: () => ({ trustWorkspace: trustWorkspace() }),
    },
  );
  context.subscriptions.push(
    client,
    vscode.workspace.onDidGrantWorkspaceTrust(() => client.restart()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("accord")) {
        client.restart();
      }
    }),
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
