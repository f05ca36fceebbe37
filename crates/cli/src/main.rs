//! The `chancery` binary: argument parsing, input expansion, parallel execution and output.
//! Glue only: every decision about text lives in the library crates.

mod bench;
mod corpus_cmds;
mod inputs;
mod report;
mod wire;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "chancery", version, about = "Reads news reports and writes down, with proof, who did what to whom, when and where, according to whom.")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Jsonl,
    Csv,
}

#[derive(Subcommand)]
enum Cmd {
    /// Read articles and print their metadata, actors and events.
    Analyze {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Extra knowledge-base directory (files named like those in data/kb).
        #[arg(long)]
        kb: Option<String>,
        /// Files, directories (walked recursively) or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// Measure throughput of each stage (read, actors, events) on the given inputs, in memory.
    Bench {
        /// Passes over the inputs.
        #[arg(long, default_value_t = 20)]
        repeat: usize,
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// Read, analyse and store articles in the embedded store (idempotent; one transaction per batch).
    Ingest {
        /// Store file.
        #[arg(long, default_value = "chancery.db")]
        db: String,
        /// Articles per transaction.
        #[arg(long, default_value_t = 256)]
        batch: usize,
        /// Extra knowledge-base directory.
        #[arg(long)]
        kb: Option<String>,
        /// Files, directories or `-`.
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// List the stories in the store.
    Stories {
        /// Store file.
        #[arg(long, default_value = "chancery.db")]
        db: String,
    },
    /// One story: sources, timeline of merged events, contradictions, positions, framing.
    Story {
        /// Story id (from `chancery stories`).
        id: String,
        /// Store file.
        #[arg(long, default_value = "chancery.db")]
        db: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Events between two countries with a daily or weekly Goldstein series.
    Timeline {
        /// Two country codes, e.g. ISR-SYR.
        #[arg(long)]
        dyad: String,
        /// First date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<chrono::NaiveDate>,
        /// Last date (YYYY-MM-DD).
        #[arg(long)]
        until: Option<chrono::NaiveDate>,
        /// Weekly series instead of daily.
        #[arg(long)]
        weekly: bool,
        /// Store file.
        #[arg(long, default_value = "chancery.db")]
        db: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Actors across the store, with their surface forms.
    Actors {
        /// Store file.
        #[arg(long, default_value = "chancery.db")]
        db: String,
    },
    /// Export merged events: PLOVER-style JSON Lines or GDELT-style CSV.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
        format: ExportFormat,
        /// Store file.
        #[arg(long, default_value = "chancery.db")]
        db: String,
    },
    /// Extract the main text of pages into DIR/<id>.txt (for extraction benchmarks).
    Extract {
        /// Output directory.
        #[arg(long)]
        out: String,
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("chancery: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn progress(n: usize) -> ProgressBar {
    let pb = ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr());
    if !std::io::stderr().is_terminal() || n < 50 {
        pb.set_draw_target(ProgressDrawTarget::hidden());
    }
    pb.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} articles {per_sec} eta {eta}").unwrap_or_else(|_| ProgressStyle::default_bar()));
    pb
}

fn load_kb(dir: Option<&str>) -> Result<&'static chancery_kb::Kb> {
    let Some(dir) = dir else { return Ok(chancery_kb::Kb::builtin()) };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| anyhow::anyhow!("{dir}: {}", inputs::describe_io(&e)))? {
        let p = entry?.path();
        if p.extension().and_then(|x| x.to_str()) == Some("tsv") {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            let content = std::fs::read_to_string(&p).map_err(|e| anyhow::anyhow!("{}: {}", p.display(), inputs::describe_io(&e)))?;
            files.push((name, content));
        }
    }
    let kb = chancery_kb::Kb::with_overrides(files.iter().map(|(n, c)| (n.as_str(), c.as_str())))
        .map_err(|e| anyhow::anyhow!("{dir}/{e}"))?;
    Ok(Box::leak(Box::new(kb)))
}

/// What one input produced: printable records and error lines.
struct Outcome {
    lines: Vec<String>,
    errors: Vec<String>,
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.cmd {
        Cmd::Analyze { format, kb, paths } => {
            let kb = load_kb(kb.as_deref())?;
            let (inputs, mut errors) = inputs::expand(&paths);
            let mut failed = !errors.is_empty();
            let stderr = std::io::stderr();
            for (p, e) in errors.drain(..) {
                writeln!(stderr.lock(), "chancery: {p}: {e}")?;
            }
            let pb = progress(inputs.len());
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut first_json = true;
            if format == Format::Json {
                out.write_all(b"[")?;
            }
            for chunk in inputs.chunks(512) {
                let outcomes: Vec<Outcome> = chunk
                    .par_iter()
                    .map(|inp| {
                        let o = analyze_one(inp, kb, format);
                        pb.inc(1);
                        o
                    })
                    .collect();
                for o in outcomes {
                    for e in &o.errors {
                        failed = true;
                        pb.suspend(|| writeln!(stderr.lock(), "chancery: {e}"))?;
                    }
                    for l in &o.lines {
                        if format == Format::Json {
                            if !first_json {
                                out.write_all(b",\n")?;
                            }
                            first_json = false;
                        }
                        out.write_all(l.as_bytes())?;
                        if format != Format::Json {
                            out.write_all(b"\n")?;
                        }
                    }
                }
            }
            if format == Format::Json {
                out.write_all(b"]\n")?;
            }
            out.flush()?;
            pb.finish_and_clear();
            Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Cmd::Ingest { db, batch, kb, paths } => {
            let kb = load_kb(kb.as_deref())?;
            let ok = corpus_cmds::ingest(&db, &paths, batch, kb, progress)?;
            Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Cmd::Stories { db } => with_stdout(|o| corpus_cmds::stories(&db, o)),
        Cmd::Story { id, db, json } => with_stdout(|o| corpus_cmds::story(&db, &id, json, o)),
        Cmd::Timeline { dyad, since, until, weekly, db, json } => with_stdout(|o| corpus_cmds::timeline(&db, &dyad, since, until, weekly, json, o)),
        Cmd::Actors { db } => with_stdout(|o| corpus_cmds::actors(&db, o)),
        Cmd::Export { format, db } => with_stdout(|o| corpus_cmds::export(&db, format == ExportFormat::Csv, o)),
        Cmd::Bench { repeat, paths } => {
            let (inputs, errors) = inputs::expand(&paths);
            for (p, e) in &errors {
                eprintln!("chancery: {p}: {e}");
            }
            let mut docs = Vec::new();
            for inp in &inputs {
                match read_input(inp).and_then(|b| chancery_article::gunzip_if_needed(&b).map(|c| c.into_owned()).map_err(|e| format!("{}: {e}", inp.label()))) {
                    Ok(b) => docs.push((inp.label().to_string(), b)),
                    Err(e) => eprintln!("chancery: {e}"),
                }
            }
            anyhow::ensure!(!docs.is_empty(), "no readable inputs");
            bench::run(&bench::Corpus { docs }, repeat.max(1));
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Extract { out, paths } => {
            std::fs::create_dir_all(&out).map_err(|e| anyhow::anyhow!("{out}: {}", inputs::describe_io(&e)))?;
            let (inputs, errors) = inputs::expand(&paths);
            let mut failed = !errors.is_empty();
            for (p, e) in errors {
                eprintln!("chancery: {p}: {e}");
            }
            let pb = progress(inputs.len());
            let results: Vec<Result<(), String>> = inputs
                .par_iter()
                .map(|inp| {
                    let r = extract_one(inp, &out);
                    pb.inc(1);
                    r
                })
                .collect();
            pb.finish_and_clear();
            for r in results {
                if let Err(e) = r {
                    failed = true;
                    eprintln!("chancery: {e}");
                }
            }
            Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
    }
}

fn with_stdout(f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    f(&mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn read_input(inp: &inputs::Input) -> Result<Vec<u8>, String> {
    inp.read().map_err(|e| format!("{}: {}", inp.label(), inputs::describe_io(&e)))
}

fn analyze_one(inp: &inputs::Input, kb: &chancery_kb::Kb, format: Format) -> Outcome {
    let mut o = Outcome { lines: Vec::new(), errors: Vec::new() };
    let label = inp.label();
    let bytes = match read_input(inp) {
        Ok(b) => b,
        Err(e) => {
            o.errors.push(e);
            return o;
        }
    };
    let records = match chancery_article::read_records(label, &bytes) {
        Ok(r) => r,
        Err(e) => {
            o.errors.push(format!("{label}: {e}"));
            return o;
        }
    };
    // Records of one input (JSON Lines, JSON arrays) are analysed in parallel too, in order.
    let results: Vec<Result<String, String>> = records
        .into_par_iter()
        .map(|rec| match rec {
            Err(e) => Err(format!("{label}: {e}")),
            // A bug must not lose the rest of the batch: a panic becomes this record's error.
            Ok(article) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let an = chancery_analysis::analyze(&article, kb);
                match format {
                    Format::Text => Ok(report::text(&article, &an)),
                    Format::Json | Format::Jsonl => serde_json::to_string(&wire::article(&article, &an)).map_err(|e| format!("{label}: cannot serialise: {e}")),
                }
            }))
            .unwrap_or_else(|_| Err(format!("{label}: internal error while analysing this article (a bug; please report it)"))),
        })
        .collect();
    for r in results {
        match r {
            Ok(line) => o.lines.push(line),
            Err(e) => o.errors.push(e),
        }
    }
    o
}

fn extract_one(inp: &inputs::Input, out: &str) -> Result<(), String> {
    let label = inp.label();
    let bytes = read_input(inp)?;
    let stem = std::path::Path::new(label)
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.trim_end_matches(".gz").trim_end_matches(".html").trim_end_matches(".htm").to_string())
        .unwrap_or_else(|| "stdin".into());
    let bytes = chancery_article::gunzip_if_needed(&bytes).map_err(|e| format!("{label}: {e}"))?;
    let articles = chancery_article::read(label, &bytes).map_err(|e| format!("{label}: {e}"))?;
    let body = articles.first().map(|a| a.body()).unwrap_or_default();
    let write = |name: String, data: String| {
        std::fs::write(std::path::Path::new(out).join(name), data).map_err(|e| format!("{label}: cannot write output: {}", inputs::describe_io(&e)))
    };
    write(format!("{stem}.txt"), body)?;
    let a = articles.first();
    let meta = serde_json::json!({
        "title": a.and_then(|a| a.title.as_deref()),
        "author": a.and_then(|a| a.author.as_deref()),
        "published": a.and_then(|a| a.published).map(|d| d.to_string()),
        "outlet": a.and_then(|a| a.outlet.as_deref()),
    });
    write(format!("{stem}.json"), meta.to_string())
}
