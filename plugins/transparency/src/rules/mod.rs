pub mod budget_published;
