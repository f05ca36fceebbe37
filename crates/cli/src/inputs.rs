//! Command-line inputs: files, directories walked recursively (sorted), `-` for standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input to read: the label as given (or as found under a directory) and where to read it.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file path (label = path as given / as found).
    File(String),
    /// Standard input.
    Stdin,
}

impl Input {
    /// The label printed in output and errors.
    pub fn label(&self) -> &str {
        match self {
            Input::File(p) => p,
            Input::Stdin => "-",
        }
    }

    /// Reads all bytes.
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Input::File(p) => std::fs::read(p),
            Input::Stdin => {
                let mut v = Vec::new();
                std::io::stdin().lock().read_to_end(&mut v)?;
                Ok(v)
            }
        }
    }
}

/// Expands the command-line paths. Missing paths and unreadable directories are returned as
/// errors `(label, message)` so the rest of the batch goes on.
pub fn expand(paths: &[String]) -> (Vec<Input>, Vec<(String, String)>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Err(e) => errs.push((p.clone(), describe_io(&e))),
            Ok(m) if m.is_dir() => walk(path, &mut out, &mut errs),
            Ok(_) => out.push(Input::File(p.clone())),
        }
    }
    (out, errs)
}

fn walk(dir: &Path, out: &mut Vec<Input>, errs: &mut Vec<(String, String)>) {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errs.push((dir.display().to_string(), describe_io(&e)));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, out, errs),
            Ok(m) if m.is_file() => out.push(Input::File(p.display().to_string())),
            Ok(_) => {}
            Err(e) => errs.push((p.display().to_string(), describe_io(&e))),
        }
    }
}

/// A short description of an IO error.
pub fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}
