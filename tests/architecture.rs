//! The house's structure, checked: no files of `src/` import each other
//! (directly or through a chain), the main app never reaches into the
//! comparison module (`src/ui/compare/`, loaded apart), and neither reaches
//! into the meeting module (`src/ui/meeting/`, loaded apart again). Each check has a
//! standing test showing it fails on a deliberate violation.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/imports.rs"]
mod import_graph;

use import_graph::{circles, imports, Import};

/// Every `.rs` file under `src/`, with its path from the crate's root.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![];
    walk(&root.join("src"), root, &mut out);
    collaboration_widget::small_sort::sort_by_key(&mut out, |(path, _)| path.clone());
    out
}

fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
}

/// Circles known and left to be closed by other work, reported on every
/// run but not failing it; an entry that no longer matches a circle fails,
/// so it goes when its circle does. None today.
const CLOSING_ELSEWHERE: &[&[&str]] = &[];

/// How a circle reads in a failure: each file and what it imports from the
/// next ones.
fn explain(circle: &[String], imports: &[Import]) -> String {
    let mut text = format!("files importing each other: {}\n", circle.join(", "));
    for i in imports.iter().filter(|i| circle.contains(&i.from) && circle.contains(&i.to)) {
        text += &format!("  {} uses {} ({})\n", i.from, i.to, i.name);
    }
    text
}

fn circle_report(files: &[(String, String)], closing_elsewhere: &[&[&str]]) -> Result<(), String> {
    let imports = imports(files);
    let found = circles(&imports);
    let mut failures = String::new();
    for circle in &found {
        let pending = closing_elsewhere
            .iter()
            .any(|p| p.len() == circle.len() && p.iter().all(|f| circle.contains(&f.to_string())));
        if pending {
            eprintln!("closing elsewhere: {}", explain(circle, &imports));
        } else {
            failures += &explain(circle, &imports);
        }
    }
    for pending in closing_elsewhere {
        if !found.iter().any(|c| pending.iter().all(|f| c.contains(&f.to_string())) && c.len() == pending.len()) {
            failures += &format!("no longer a circle, remove it from CLOSING_ELSEWHERE: {}\n", pending.join(", "));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}

/// The main app's files: all of `src/` but the comparison and meeting
/// modules' own folders and binaries (the meeting may use the comparison's
/// pieces: its binary carries its own copy).
fn reaches_into_comparison(files: &[(String, String)]) -> Vec<Import> {
    let inside = |file: &str| {
        file.starts_with("src/ui/compare/")
            || file.starts_with("src/ui/meeting/")
            || file == "src/bin/collaboration-compare.rs"
            || file == "src/bin/collaboration-meeting.rs"
    };
    imports(files).into_iter().filter(|i| !inside(&i.from) && i.to.starts_with("src/ui/compare/")).collect()
}

/// The main app's and the comparison module's files: all of `src/` but the
/// meeting module's own folder and its binary.
fn reaches_into_meeting(files: &[(String, String)]) -> Vec<Import> {
    let inside = |file: &str| file.starts_with("src/ui/meeting/") || file == "src/bin/collaboration-meeting.rs";
    imports(files).into_iter().filter(|i| !inside(&i.from) && i.to.starts_with("src/ui/meeting/")).collect()
}

#[test]
fn no_files_of_src_import_each_other() {
    if let Err(failures) = circle_report(&sources(), CLOSING_ELSEWHERE) {
        panic!("{failures}");
    }
}

#[test]
fn the_main_app_never_reaches_into_the_comparison_module() {
    let reaches = reaches_into_comparison(&sources());
    assert!(reaches.is_empty(), "the main app uses the comparison module's own code: {reaches:#?}");
}

#[test]
fn neither_the_main_app_nor_the_comparison_reaches_into_the_meeting_module() {
    let reaches = reaches_into_meeting(&sources());
    assert!(reaches.is_empty(), "the meeting module's own code is used outside it: {reaches:#?}");
}

/// The names `meeting_entry::exports` gives (with the names every module
/// shares, `compare_entry::exports`) are the ones the meeting binary
/// exports, and the comparison binary takes its loader under the name the
/// entry gives.
#[test]
fn the_meeting_binary_exports_the_names_its_entry_gives() {
    use collaboration_widget::compare_entry::exports as compare;
    use collaboration_widget::meeting_entry::exports;
    let file = |name: &str| sources().into_iter().find(|(p, _)| p == name).unwrap().1;
    let binary = file("src/bin/collaboration-meeting.rs");
    for name in [compare::BUILD_ID, exports::MOUNT] {
        assert!(binary.contains(&format!("pub fn {name}(")), "{name}");
    }
    assert!(binary.contains(&format!("pub fn {}(self", compare::DESTROY)));
    assert!(binary.contains(&format!("pub fn {}(&mut self", compare::UPDATE)));
    let comparison = file("src/bin/collaboration-compare.rs");
    assert!(comparison.contains(&format!("pub fn {}(", compare::SET_MEETING_LOADER)));
    // The loaders call it by that name.
    for loader in ["static/loader.js", "static/embed.js"] {
        let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(loader)).unwrap();
        assert!(text.contains(&format!(".{}(", compare::SET_MEETING_LOADER)), "{loader}");
    }
}

/// The names `compare_entry::exports` gives are the ones the comparison
/// binary exports.
#[test]
fn the_comparison_binary_exports_the_names_its_entry_gives() {
    use collaboration_widget::compare_entry::exports;
    let binary = sources().into_iter().find(|(p, _)| p == "src/bin/collaboration-compare.rs").unwrap().1;
    for name in [exports::BUILD_ID, exports::MOUNT] {
        assert!(binary.contains(&format!("pub fn {name}(")), "{name}");
    }
    for method in [exports::UPDATE, exports::DESTROY] {
        assert!(
            binary.contains(&format!("pub fn {method}(&mut self")) || binary.contains(&format!("pub fn {method}(self")),
            "{method}"
        );
    }
}

// The checks fail on a violation.

#[test]
fn a_circle_through_a_chain_fails_the_check() {
    let tree = files(&[
        ("src/lib.rs", "pub mod a; pub mod b; mod c;"),
        ("src/a.rs", "use crate::b::Bee;\npub struct Ay;"),
        // Through a re-export and a chain: b → c → a.
        ("src/b/mod.rs", "mod inner;\npub use inner::Bee;"),
        ("src/b/inner.rs", "pub struct Bee;\nfn f() { super::super::c::see(); }"),
        ("src/c.rs", "pub fn see() -> crate::a::Ay { crate::a::Ay }"),
    ]);
    let failure = circle_report(&tree, &[]).unwrap_err();
    assert!(failure.contains("files importing each other: src/a.rs, src/b/inner.rs, src/c.rs"), "{failure}");
}

#[test]
fn modules_that_glob_import_each_other_resolve_at_once() {
    // Twelve modules, each with `use` globs of all the others (as two
    // `prelude::*` imports make): a name in none of them is looked for in
    // each once, not along every path between them.
    let names: Vec<String> = (0..12).map(|i| format!("m{i}")).collect();
    let mut tree =
        vec![("src/lib.rs".to_string(), names.iter().map(|n| format!("pub mod {n};\n")).collect::<String>())];
    for (i, name) in names.iter().enumerate() {
        let globs: String = names.iter().filter(|o| *o != name).map(|o| format!("use crate::{o}::*;\n")).collect();
        tree.push((format!("src/{name}.rs"), format!("{globs}pub struct Own{i};\nfn f() {{ let _ = Missing; }}")));
    }
    tree.push(("src/user.rs".into(), "use crate::m3::Own7;\nuse crate::m0::Missing;".into()));
    tree[0].1.push_str("mod user;\n");
    let found = imports(&tree);
    assert!(found.iter().any(|i| i.from == "src/user.rs" && i.to == "src/m7.rs"), "{found:?}");
}

#[test]
fn mod_declarations_re_exports_comments_and_strings_are_not_imports() {
    let tree = files(&[
        ("src/lib.rs", "pub mod a;\npub use a::Ay;\npub fn top() {}"),
        ("src/a.rs", "//! Uses crate::top in a comment.\npub struct Ay;\nconst S: &str = \"crate::top()\";\nfn f() -> char { '{' }"),
    ]);
    assert_eq!(imports(&tree), vec![]);
    assert_eq!(circle_report(&tree, &[]), Ok(()));
}

#[test]
fn a_circle_left_open_elsewhere_must_still_be_one() {
    let tree = files(&[("src/lib.rs", "mod a;"), ("src/a.rs", "pub struct Ay;")]);
    let failure = circle_report(&tree, &[&["src/a.rs", "src/lib.rs"]]).unwrap_err();
    assert!(failure.contains("no longer a circle"), "{failure}");
}

#[test]
fn the_main_app_reaching_into_the_comparison_module_fails_the_check() {
    let tree = files(&[
        ("src/lib.rs", "pub mod ui;"),
        ("src/ui/mod.rs", "pub mod compare;\nmod pages;"),
        ("src/ui/compare/mod.rs", "mod agenda;\npub use agenda::Agenda;"),
        ("src/ui/compare/agenda.rs", "pub fn Agenda() {}"),
        ("src/ui/pages/mod.rs", "use crate::ui::compare::Agenda;"),
        ("src/bin/collaboration-compare.rs", "use collaboration_widget::ui::compare::Agenda;"),
    ]);
    let reaches = reaches_into_comparison(&tree);
    assert_eq!(
        reaches,
        vec![Import {
            from: "src/ui/pages/mod.rs".into(),
            to: "src/ui/compare/agenda.rs".into(),
            name: "crate::ui::compare::Agenda".into()
        }]
    );
}

#[test]
fn the_comparison_reaching_into_the_meeting_module_fails_the_check() {
    let tree = files(&[
        ("src/lib.rs", "pub mod ui;"),
        ("src/ui/mod.rs", "pub mod compare;\npub mod meeting;"),
        ("src/ui/meeting/mod.rs", "mod meeting;\npub use meeting::Meeting;"),
        ("src/ui/meeting/meeting.rs", "pub fn Meeting() {}"),
        ("src/ui/compare/mod.rs", "use crate::ui::meeting::Meeting;"),
        ("src/bin/collaboration-meeting.rs", "use collaboration_widget::ui::meeting::Meeting;"),
    ]);
    let reaches = reaches_into_meeting(&tree);
    assert_eq!(
        reaches,
        vec![Import {
            from: "src/ui/compare/mod.rs".into(),
            to: "src/ui/meeting/meeting.rs".into(),
            name: "crate::ui::meeting::Meeting".into()
        }]
    );
}

/// README is what a newcomer reads in five minutes (issue 32): under 250
/// lines; the walk-through and the benchmark's details live in `docs/`.
#[test]
fn the_readme_stays_under_250_lines() {
    let readme = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(lines < 250, "README.md has {lines} lines: move details into docs/");
}
