//! `accord-corpus`: writes N seeded, realistic, valid partnership charters.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// One `.toml` file per charter
    Toml,
    /// One `.json` file per charter
    Json,
    /// Both, with the same content
    Both,
}

/// Write N realistic partnership charters (valid per the charter schema) for batch tests and benchmarks.
/// The same seed always writes the same bytes; charter i does not depend on --count.
#[derive(Debug, Parser)]
#[command(name = "accord-corpus", version)]
struct Args {
    /// How many charters to write
    #[arg(long, value_name = "N")]
    count: u64,
    /// The corpus seed
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// The directory to write into (created if missing); files are charter-000001.toml etc.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Which files to write
    #[arg(long, value_enum, default_value_t = Format::Toml)]
    format: Format,
    /// Generator threads (default: all cores; the output is the same whatever the number)
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Print nothing on success
    #[arg(long, short)]
    quiet: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let format = match args.format {
        Format::Toml => accord_bench::Format::Toml,
        Format::Json => accord_bench::Format::Json,
        Format::Both => accord_bench::Format::Both,
    };
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get));
    let started = Instant::now();
    match accord_bench::write_corpus(&args.out, args.count, args.seed, format, threads) {
        Ok(written) => {
            if !args.quiet {
                eprintln!(
                    "accord-corpus: wrote {} charters ({} files, {:.1} MB, {:.1} KB on average) to {} in {:.2} s",
                    args.count,
                    written.files,
                    written.bytes as f64 / 1e6,
                    written.bytes as f64 / written.files.max(1) as f64 / 1e3,
                    args.out.display(),
                    started.elapsed().as_secs_f64()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("accord-corpus: error: {e}");
            ExitCode::from(2)
        }
    }
}
