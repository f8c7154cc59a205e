pub mod allocations_balance;
pub mod budget_published;
pub mod independent_audit;
pub mod interests_declared;
pub mod local_funding_share;
pub mod local_share_published;
pub mod open_data;
pub mod public_reporting;
