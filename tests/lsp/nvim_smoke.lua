-- Headless Neovim smoke test, run by tests/tests/lsp.rs: opens a charter with `accord lsp`
-- attached (vim.lsp.start_client, as Debian's Neovim 0.7 has it) and writes the diagnostics it
-- received to $ACCORD_NVIM_OUT, one `rule<TAB>line<TAB>message` per line (or `TIMEOUT`).
local accord = os.getenv("ACCORD_BIN")
local charter = os.getenv("ACCORD_CHARTER")
local out = os.getenv("ACCORD_NVIM_OUT")

local function run()
  local root = vim.fn.fnamemodify(charter, ":h")
  vim.cmd("edit " .. vim.fn.fnameescape(charter))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "accord",
    cmd = { accord, "lsp", "--stdio" },
    root_dir = root,
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  local received = vim.wait(60000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  local lines = {}
  if not received then
    table.insert(lines, "TIMEOUT")
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
    table.insert(lines, string.format("%s\t%d\t%s", code, d.lnum + 1, d.message))
  end
  local file = assert(io.open(out, "w"))
  file:write(table.concat(lines, "\n"), "\n")
  file:close()
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 50)
end

local ok, err = pcall(run)
if not ok then
  local file = io.open(out, "w")
  if file then
    file:write("ERROR\t" .. tostring(err) .. "\n")
    file:close()
  end
end
vim.cmd("qa!")
