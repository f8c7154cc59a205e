//! One module per rule: its doc comment (through `accord_plugin::rule!`) and its check.

pub mod budget_currency;
