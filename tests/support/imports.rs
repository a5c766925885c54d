//! Which files of `src/` import which: an import counts from the file that
//! uses a name to the file that defines it, through any re-export
//! (`pub use`) on the way; `mod` declarations and re-exports themselves do
//! not count. Read from the tokens (comments and literals skipped), with
//! Rust's own path rules: `crate`, `self`, `super`, the library's name (in
//! the binaries), and names a module has in scope (its child modules, its
//! items, what it `use`s).

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The library's name, as the binaries (`src/main.rs`, `src/bin/`) reach it.
const LIBRARY: &str = "collaboration_widget";

/// One import: `from` uses `name`, defined in `to`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Import {
    pub from: String,
    pub to: String,
    pub name: String,
}

/// Every import between two different files of `files` (path under the
/// crate, e.g. "src/ui/app.rs", and its text).
pub fn imports(files: &[(String, String)]) -> Vec<Import> {
    let mut crate_ = Crate::default();
    for (path, text) in files {
        if let Some((krate, module)) = module_of(path) {
            let id = crate_.module(&krate, &module, path);
            crate_.read(id, path, &tokens(text));
        }
    }
    let mut found = BTreeSet::new();
    for (module, uses) in crate_.uses.clone() {
        for use_ in uses {
            if let Some(Target::Item(to)) = crate_.resolve(module, &use_.path, 0) {
                let from = crate_.modules[module].file.clone();
                if to != from {
                    found.insert(Import { from, to, name: use_.path.join("::") });
                }
            }
        }
    }
    found.into_iter().collect()
}

/// Circles of files importing each other (directly or through a chain):
/// each a set of two or more files, each reaching every other.
pub fn circles(imports: &[Import]) -> Vec<Vec<String>> {
    let mut files: BTreeSet<&str> = BTreeSet::new();
    let mut next: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for i in imports {
        files.insert(&i.from);
        files.insert(&i.to);
        next.entry(&i.from).or_default().insert(&i.to);
    }
    let reach = |start: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![start];
        while let Some(file) = todo.pop() {
            for n in next.get(file).into_iter().flatten() {
                if seen.insert(*n) {
                    todo.push(n);
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&str, BTreeSet<&str>> = files.iter().map(|f| (*f, reach(f))).collect();
    let mut circles: Vec<Vec<String>> = vec![];
    for file in &files {
        if !reached[file].contains(file) || circles.iter().any(|c| c.iter().any(|f| f == file)) {
            continue;
        }
        let circle = files
            .iter()
            .filter(|other| reached[file].contains(*other) && reached[*other].contains(file))
            .map(|f| f.to_string())
            .collect();
        circles.push(circle);
    }
    circles
}

/// The module path of a file: its crate ("lib", or the binary's name) and
/// the modules down to it.
fn module_of(path: &str) -> Option<(String, Vec<String>)> {
    let rest = path.strip_prefix("src/")?.strip_suffix(".rs")?;
    if rest == "main" {
        return Some(("main".into(), vec![]));
    }
    if let Some(bin) = rest.strip_prefix("bin/") {
        return Some((bin.into(), vec![]));
    }
    if rest == "lib" {
        return Some(("lib".into(), vec![]));
    }
    let mut parts: Vec<String> = rest.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    Some(("lib".into(), parts))
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Punct(char),
    /// `::`
    Path,
    /// A literal or lifetime: nothing to read in it.
    Other,
}

/// The tokens of Rust source, without comments, literals or lifetimes.
fn tokens(text: &str) -> Vec<Token> {
    let c: Vec<char> = text.chars().collect();
    let mut out = vec![];
    let mut i = 0;
    let ident_start = |ch: char| ch.is_alphabetic() || ch == '_';
    let ident_char = |ch: char| ch.is_alphanumeric() || ch == '_';
    while i < c.len() {
        let ch = c[i];
        let at = |k: usize| c.get(i + k).copied().unwrap_or('\0');
        if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if (ch == 'r' || (ch == 'b' && at(1) == 'r')) && {
            let k = if ch == 'b' { 2 } else { 1 };
            let mut h = 0;
            while at(k + h) == '#' {
                h += 1;
            }
            at(k + h) == '"'
        } {
            // A raw string: r"…", r#"…"#, br"…".
            i += if ch == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while c[i] == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            while i < c.len() {
                if c[i] == '"' && (0..hashes).all(|h| c.get(i + 1 + h) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push(Token::Other);
        } else if ch == '"' || (ch == 'b' && at(1) == '"') {
            i += if ch == 'b' { 2 } else { 1 };
            while i < c.len() && c[i] != '"' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(Token::Other);
        } else if ch == '\'' || (ch == 'b' && at(1) == '\'') {
            let start = if ch == 'b' { i + 1 } else { i };
            let next = c.get(start + 1).copied().unwrap_or('\0');
            if next == '\\' {
                i = start + 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if c.get(start + 2) == Some(&'\'') {
                i = start + 3;
            } else {
                // A lifetime or label.
                i = start + 1;
                while i < c.len() && ident_char(c[i]) {
                    i += 1;
                }
            }
            out.push(Token::Other);
        } else if ch == 'r' && at(1) == '#' && ident_start(at(2)) {
            i += 2;
            let start = i;
            while i < c.len() && ident_char(c[i]) {
                i += 1;
            }
            out.push(Token::Ident(c[start..i].iter().collect()));
        } else if ident_start(ch) {
            let start = i;
            while i < c.len() && ident_char(c[i]) {
                i += 1;
            }
            out.push(Token::Ident(c[start..i].iter().collect()));
        } else if ch.is_ascii_digit() {
            while i < c.len() && (ident_char(c[i]) || (c[i] == '.' && c.get(i + 1).is_some_and(char::is_ascii_digit))) {
                i += 1;
            }
            out.push(Token::Other);
        } else if ch == ':' && at(1) == ':' {
            out.push(Token::Path);
            i += 2;
        } else {
            out.push(Token::Punct(ch));
            i += 1;
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum Target {
    Module(usize),
    /// An item (type, function, constant…), by the file that defines it.
    Item(String),
}

#[derive(Debug, Clone)]
struct Use {
    /// The path the name stands for, as written (relative to the module).
    path: Vec<String>,
}

#[derive(Default)]
struct Module {
    krate: String,
    path: Vec<String>,
    file: String,
    parent: Option<usize>,
    children: HashMap<String, usize>,
    items: BTreeSet<String>,
    /// Names bound by `use` (re-exported or not): name → path.
    bindings: HashMap<String, Vec<String>>,
    globs: Vec<Vec<String>>,
}

#[derive(Default)]
struct Crate {
    modules: Vec<Module>,
    by_path: HashMap<(String, Vec<String>), usize>,
    /// What each module uses (not re-exports): a path per name used.
    uses: BTreeMap<usize, Vec<Use>>,
}

impl Crate {
    /// The module `path` of `krate`, made (with its parents) if new.
    fn module(&mut self, krate: &str, path: &[String], file: &str) -> usize {
        let key = (krate.to_string(), path.to_vec());
        if let Some(&id) = self.by_path.get(&key) {
            if !file.is_empty() && self.modules[id].file.is_empty() {
                self.modules[id].file = file.to_string();
            }
            return id;
        }
        let parent = (!path.is_empty()).then(|| self.module(krate, &path[..path.len() - 1], ""));
        let id = self.modules.len();
        self.modules.push(Module {
            krate: krate.to_string(),
            path: path.to_vec(),
            file: file.to_string(),
            parent,
            ..Default::default()
        });
        if let Some(p) = parent {
            self.modules[p].children.insert(path[path.len() - 1].clone(), id);
        }
        self.by_path.insert(key, id);
        id
    }

    /// Reads one file's items, `use`s and paths into module `id`.
    fn read(&mut self, id: usize, file: &str, t: &[Token]) {
        let ident = |k: usize| match t.get(k) {
            Some(Token::Ident(s)) => Some(s.as_str()),
            _ => None,
        };
        // (module, brace depth of its body)
        let mut stack: Vec<(usize, usize)> = vec![(id, 0)];
        let mut depth = 0;
        let mut i = 0;
        while i < t.len() {
            let (module, body) = *stack.last().unwrap();
            let at_top = depth == body;
            match &t[i] {
                Token::Punct('{') => {
                    depth += 1;
                    i += 1;
                }
                Token::Punct('}') => {
                    depth = depth.saturating_sub(1);
                    if depth < body {
                        stack.pop();
                    }
                    i += 1;
                }
                Token::Ident(word) if word == "pub" && t.get(i + 1) == Some(&Token::Punct('(')) => {
                    // pub(crate), pub(in path): skip the restriction.
                    let mut k = i + 2;
                    while k < t.len() && t[k] != Token::Punct(')') {
                        k += 1;
                    }
                    // A `use` after it is a re-export.
                    if ident(k + 1) == Some("use") {
                        i = self.read_use(module, t, k + 2, false);
                    } else {
                        i = k + 1;
                    }
                }
                Token::Ident(word) if word == "pub" && ident(i + 1) == Some("use") => {
                    i = self.read_use(module, t, i + 2, false);
                }
                Token::Ident(word) if word == "use" => {
                    i = self.read_use(module, t, i + 1, true);
                }
                Token::Ident(word) if word == "mod" && ident(i + 1).is_some() => {
                    let name = ident(i + 1).unwrap().to_string();
                    let (krate, mut path) = (self.modules[module].krate.clone(), self.modules[module].path.clone());
                    path.push(name);
                    if t.get(i + 2) == Some(&Token::Punct('{')) {
                        let inner = self.module(&krate, &path, file);
                        depth += 1;
                        stack.push((inner, depth));
                        i += 3;
                    } else {
                        // A file module: declared, not imported.
                        self.module(&krate, &path, "");
                        i += 2;
                    }
                }
                Token::Ident(word)
                    if at_top
                        && matches!(
                            word.as_str(),
                            "fn" | "struct" | "enum" | "type" | "const" | "static" | "trait" | "union"
                        ) =>
                {
                    if let Some(name) = ident(i + 1).filter(|n| !matches!(*n, "fn" | "mut" | "unsafe" | "_")) {
                        self.modules[module].items.insert(name.to_string());
                    } else if ident(i + 1) == Some("mut") {
                        if let Some(name) = ident(i + 2) {
                            self.modules[module].items.insert(name.to_string());
                        }
                    }
                    i += 1;
                }
                Token::Ident(word) if at_top && word == "macro_rules" => {
                    if let Some(name) = ident(i + 2) {
                        self.modules[module].items.insert(name.to_string());
                    }
                    i += 1;
                }
                Token::Ident(first) if t.get(i + 1) == Some(&Token::Path) && (i == 0 || t[i - 1] != Token::Path) => {
                    // A path in code: `crate::ui::x::f`, `location::push`.
                    let mut path = vec![first.clone()];
                    let mut k = i + 1;
                    while t.get(k) == Some(&Token::Path) {
                        match ident(k + 1) {
                            Some(next) => path.push(next.to_string()),
                            None => break,
                        }
                        k += 2;
                    }
                    self.uses.entry(module).or_default().push(Use { path });
                    i = k;
                }
                _ => i += 1,
            }
        }
    }

    /// Reads a `use` tree from `t[start..]` up to its `;`: each name bound
    /// in `module`, and (when `used`, not a re-export) each as used.
    fn read_use(&mut self, module: usize, t: &[Token], start: usize, used: bool) -> usize {
        let mut end = start;
        while end < t.len() && t[end] != Token::Punct(';') {
            end += 1;
        }
        let mut leaves: Vec<(Vec<String>, Option<String>)> = vec![];
        let mut prefix: Vec<Vec<String>> = vec![vec![]];
        let mut current: Vec<String> = vec![];
        let mut k = start;
        while k < end {
            match &t[k] {
                Token::Ident(w) if w == "as" => {
                    let alias = match t.get(k + 1) {
                        Some(Token::Ident(a)) => a.clone(),
                        _ => String::new(),
                    };
                    leaves.push((full(&prefix, &current), Some(alias)));
                    current.clear();
                    k += 2;
                    continue;
                }
                Token::Ident(w) => current.push(w.clone()),
                Token::Punct('*') => {
                    let mut path = full(&prefix, &current);
                    path.push("*".into());
                    leaves.push((path, None));
                    current.clear();
                }
                Token::Punct('{') => {
                    prefix.push(current.clone());
                    current.clear();
                }
                Token::Punct(',') | Token::Punct('}') => {
                    if !current.is_empty() {
                        leaves.push((full(&prefix, &current), None));
                        current.clear();
                    }
                    if t[k] == Token::Punct('}') {
                        prefix.pop();
                    }
                }
                _ => {}
            }
            k += 1;
        }
        if !current.is_empty() {
            leaves.push((full(&prefix, &current), None));
        }
        for (mut path, alias) in leaves {
            if path.last().is_some_and(|p| p == "*") {
                path.pop();
                self.modules[module].globs.push(path.clone());
                if used {
                    self.uses.entry(module).or_default().push(Use { path });
                }
                continue;
            }
            if path.last().is_some_and(|p| p == "self") {
                path.pop();
            }
            let Some(last) = path.last().cloned() else { continue };
            let name = alias.unwrap_or(last);
            if name != "_" {
                self.modules[module].bindings.insert(name, path.clone());
            }
            if used {
                self.uses.entry(module).or_default().push(Use { path });
            }
        }
        end + 1
    }

    /// What `path`, written in `module`, names (`None`: outside the crate).
    fn resolve(&self, module: usize, path: &[String], hops: usize) -> Option<Target> {
        if hops > 32 || path.is_empty() {
            return None;
        }
        let mut at = match path[0].as_str() {
            "crate" => Target::Module(self.root(&self.modules[module].krate)?),
            LIBRARY => Target::Module(self.root("lib")?),
            "self" => Target::Module(module),
            "super" => Target::Module(self.modules[module].parent?),
            name => self.lookup(module, name, hops)?,
        };
        for segment in &path[1..] {
            let Target::Module(m) = at.clone() else { break };
            at = match segment.as_str() {
                "super" => Target::Module(self.modules[m].parent?),
                "self" => Target::Module(m),
                name => self.lookup(m, name, hops)?,
            };
        }
        Some(match at {
            Target::Module(m) if self.modules[m].file.is_empty() => return None,
            other => other,
        })
    }

    /// A name in module `m`'s scope: a child module, an item, a binding.
    fn lookup(&self, m: usize, name: &str, hops: usize) -> Option<Target> {
        self.lookup_once(m, name, hops, &mut BTreeSet::new())
    }

    /// `lookup`, visiting each module once through globs: modules that
    /// glob-import each other (two `prelude::*`) would otherwise be searched
    /// along every path between them, exponentially, for a name in none.
    fn lookup_once(&self, m: usize, name: &str, hops: usize, seen: &mut BTreeSet<usize>) -> Option<Target> {
        if !seen.insert(m) {
            return None;
        }
        let module = &self.modules[m];
        if let Some(&child) = module.children.get(name) {
            return Some(Target::Module(child));
        }
        if module.items.contains(name) {
            return Some(Target::Item(module.file.clone()));
        }
        if let Some(path) = module.bindings.get(name) {
            return self.resolve(m, path, hops + 1);
        }
        module.globs.iter().find_map(|glob| match self.resolve(m, glob, hops + 1) {
            Some(Target::Module(g)) => self.lookup_once(g, name, hops + 1, seen),
            _ => None,
        })
    }

    fn root(&self, krate: &str) -> Option<usize> {
        self.by_path.get(&(krate.to_string(), vec![])).copied()
    }
}

fn full(prefix: &[Vec<String>], current: &[String]) -> Vec<String> {
    prefix.iter().flatten().chain(current).cloned().collect()
}
