//! Developer tasks that derive committed tables from packages (never run at build time).
//!
//! `cargo run -p xtask -- gazetteer` rebuilds `data/gazetteer/places.tsv` (see data/README.md).

fn main() -> anyhow::Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    match task.as_str() {
        "gazetteer" => {
            let status = std::process::Command::new("python3").arg("xtask/gazetteer.py").status()?;
            anyhow::ensure!(status.success(), "xtask/gazetteer.py failed");
            Ok(())
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- gazetteer");
            std::process::exit(2)
        }
    }
}
