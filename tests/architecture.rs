//! The layer rules of `docs/architecture.md` ("What may import what"), checked against the
//! `crate::`, `super::` and `self::` paths of every file under `src/` (issue 25 item 4): a
//! part imports only parts on a lower line of that list, never a part a "never" line names,
//! and no files import each other in a loop. Test code (`#[cfg(test)]` modules and files)
//! is not read: a test may reach anything.
//!
//! The rules are read from the document itself, so the document and the check cannot
//! drift; the checker's own tests below feed it small made-up crates with a bad import.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Imports the rules do not allow yet, each with the work that removes it. The check fails
/// when one of them is no longer there, so that it is struck from this list.
const KNOWN: &[(&str, &str, &str)] = &[];

/// Loops between files not broken yet, each with the work that breaks it; the check fails
/// when one of them is gone or has changed, so that it is struck from this list.
const KNOWN_LOOPS: &[(&[&str], &str)] = &[];

/// The rules: the layers, lowest first (each a list of parts), and the pairs that must
/// never import each other whatever their layers.
#[derive(Debug, Default)]
struct Rules {
    layers: Vec<Vec<String>>,
    never: Vec<(String, String)>,
}

impl Rules {
    /// From the "What may import what" section: its numbered lines are the layers (the
    /// parts in backticks before the first colon), its `- ... never ...:` lines the nevers.
    fn from_doc(doc: &str) -> Rules {
        let section = doc
            .split("## What may import what")
            .nth(1)
            .expect("docs/architecture.md has a \"What may import what\" section");
        let section = section.split("\n## ").next().unwrap_or(section);
        let mut rules = Rules::default();
        for line in section.lines() {
            let line = line.trim();
            let head = line.split(':').next().unwrap_or("");
            let numbered = line
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if numbered {
                rules.layers.push(ticked(head));
            } else if let Some(rest) = line.strip_prefix("- ")
                && let Some((from, to)) = rest.split(':').next().unwrap_or("").split_once(" never ")
            {
                for a in ticked(from) {
                    for b in ticked(to) {
                        rules.never.push((a.clone(), b));
                    }
                }
            }
        }
        rules
    }

    fn layer(&self, part: &str) -> Option<usize> {
        self.layers.iter().position(|l| l.iter().any(|p| p == part))
    }
}

/// The words in backticks.
fn ticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// A file's part: its top-level module (`src/coach/plan/mod.rs` is `coach`), `main` for
/// the binary.
fn part(file: &str) -> String {
    let path = file.strip_prefix("src/").unwrap_or(file);
    let first = path.split('/').next().unwrap_or(path);
    first.strip_suffix(".rs").unwrap_or(first).to_owned()
}

/// The module path of a file: `src/coach/plan/mod.rs` is `["coach", "plan"]`.
fn module_of(file: &str) -> Vec<String> {
    let path = file.strip_prefix("src/").unwrap_or(file);
    let path = path.strip_suffix(".rs").unwrap_or(path);
    let mut segments: Vec<String> = path.split('/').map(str::to_owned).collect();
    if matches!(
        segments.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        segments.pop();
    }
    segments
}

/// The file of a module, if there is one.
fn file_of(files: &BTreeMap<String, String>, module: &[String]) -> Option<String> {
    if module.is_empty() {
        return Some("src/lib.rs".to_owned());
    }
    let base = format!("src/{}", module.join("/"));
    [format!("{base}.rs"), format!("{base}/mod.rs")]
        .into_iter()
        .find(|f| files.contains_key(f))
}

/// The source without comments and without `#[cfg(test)] mod name { ... }` blocks.
fn product_code(text: &str) -> String {
    let mut code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    while let Some(at) = code.find("#[cfg(test)]") {
        let rest = &code[at..];
        let Some(open) = rest.find('{') else { break };
        let head = &rest[..open];
        if !head.contains("mod ") || head.contains(';') {
            code.replace_range(at..at + "#[cfg(test)]".len(), "");
            continue;
        }
        let mut depth = 0;
        let mut end = rest.len();
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        code.replace_range(at..at + end, "");
    }
    code
}

/// Files declared `#[cfg(test)] mod name;`: test code.
fn test_files(files: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut tests = BTreeSet::new();
    for (file, text) in files {
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            if pair[0] != "#[cfg(test)]" {
                continue;
            }
            let decl = pair[1]
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            if let Some(name) = decl.strip_prefix("mod ").and_then(|d| d.strip_suffix(';')) {
                let mut module = module_of(file);
                module.push(name.to_owned());
                if let Some(f) = file_of(files, &module) {
                    tests.insert(f);
                }
            }
        }
    }
    tests
}

/// `a::{b, c::{d, e as f}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let tree = [
        (" ::", "::"),
        (":: ", "::"),
        ("{ ", "{"),
        (" }", "}"),
        (" ,", ","),
        (", ", ","),
    ]
    .iter()
    .fold(tree, |t, (from, to)| t.replace(from, to));
    expand_tree(&tree)
}

fn expand_tree(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree);
        return vec![path.strip_suffix("::self").unwrap_or(path).to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut items = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items
        .into_iter()
        .filter(|i| !i.is_empty())
        .flat_map(|i| expand_tree(&format!("{prefix}{i}")))
        .collect()
}

/// Every path the code names that may lead to another file of the crate.
fn paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code.to_owned();
    // `use` statements first (they may hold groups), then paths anywhere else.
    while let Some(at) = find_use(&rest) {
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e);
        let tree = rest[at..end]
            .trim_start_matches("pub(crate)")
            .trim_start_matches("pub");
        let tree = tree.trim().trim_start_matches("use").trim();
        found.extend(expand(tree));
        rest.replace_range(at..end, "");
    }
    let bytes: Vec<char> = rest.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        let tail: String = bytes[i..bytes.len().min(i + 10)].iter().collect();
        if starts_word
            && ["crate::", "super::", "self::", "botsterk::"]
                .iter()
                .any(|p| tail.starts_with(p))
        {
            let mut j = i;
            while j < bytes.len()
                && (bytes[j].is_alphanumeric() || bytes[j] == '_' || bytes[j] == ':')
            {
                j += 1;
            }
            found.push(
                bytes[i..j]
                    .iter()
                    .collect::<String>()
                    .trim_end_matches(':')
                    .to_owned(),
            );
            i = j;
        } else {
            i += 1;
        }
    }
    found
}

/// Where the next `use` statement of a line begins.
fn find_use(code: &str) -> Option<usize> {
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let statement = trimmed
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub(super) ")
            .trim_start_matches("pub ");
        if statement.starts_with("use ") {
            return Some(offset + line.len() - trimmed.len());
        }
        offset += line.len();
    }
    None
}

/// The file that `path`, named in `file`, leads to: the deepest module of it that has a
/// file, and through that module's `pub use child::Name` to the child that defines the
/// name. `None`: not a path of this crate.
fn resolve(files: &BTreeMap<String, String>, file: &str, path: &str) -> Option<String> {
    let here = module_of(file);
    let mut segments: Vec<String> = path.split("::").map(str::to_owned).collect();
    let mut module = match segments.first().map(String::as_str) {
        Some("crate" | "botsterk") => {
            segments.remove(0);
            Vec::new()
        }
        Some("self") => {
            segments.remove(0);
            here.clone()
        }
        Some("super") => {
            let mut m = here.clone();
            while segments.first().map(String::as_str) == Some("super") {
                segments.remove(0);
                m.pop();
            }
            m
        }
        // A child module, named as `use child::Name` in its parent.
        Some(first) => {
            let mut m = here.clone();
            m.push(first.to_owned());
            file_of(files, &m)?;
            here.clone()
        }
        None => return None,
    };
    for segment in segments {
        module.push(segment);
        if file_of(files, &module).is_none() {
            let name = module.pop().unwrap_or_default();
            let found = file_of(files, &module)?;
            return Some(through_face(files, &found, &module, &name).unwrap_or(found));
        }
    }
    file_of(files, &module)
}

/// The child of `module` (in `file`) that `pub use child::{.., name, ..}` hands on.
fn through_face(
    files: &BTreeMap<String, String>,
    file: &str,
    module: &[String],
    name: &str,
) -> Option<String> {
    let code = product_code(files.get(file)?);
    let mut rest = code.as_str();
    while let Some(at) = rest.find("pub use ") {
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e);
        for path in expand(&rest[at + "pub use ".len()..end]) {
            let mut segments: Vec<&str> = path.split("::").collect();
            if segments.last() == Some(&name) && segments.len() > 1 {
                segments.pop();
                let mut child = module.to_vec();
                child.extend(segments.iter().map(|s| (*s).to_owned()));
                return file_of(files, &child);
            }
        }
        rest = &rest[end..];
    }
    None
}

/// What each product file imports: the other files of the crate it names.
fn imports(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let tests = test_files(files);
    let mut graph = BTreeMap::new();
    for (file, text) in files {
        if tests.contains(file) || file == "src/lib.rs" {
            continue;
        }
        let code = product_code(text);
        let targets: BTreeSet<String> = paths(&code)
            .iter()
            .filter_map(|p| resolve(files, file, p))
            .filter(|t| t != file && t != "src/lib.rs" && !tests.contains(t))
            .collect();
        graph.insert(file.clone(), targets);
    }
    graph
}

/// Names handed on from another part of the crate (`pub use crate::..`, `pub use
/// super::..`): a name has one home, and its callers name it there. A module's face
/// (`pub use child::Name` in a `mod.rs`) hands on its own children's names and is allowed.
fn forwarding(files: &BTreeMap<String, String>) -> Vec<String> {
    let tests = test_files(files);
    let mut found = Vec::new();
    for (file, text) in files {
        if tests.contains(file) {
            continue;
        }
        for line in product_code(text).lines() {
            let line = line.trim();
            let forwards = ["pub use ", "pub(crate) use "].iter().any(|p| {
                line.strip_prefix(p)
                    .is_some_and(|rest| rest.starts_with("crate::") || rest.starts_with("super::"))
            });
            if forwards {
                found.push(format!(
                    "{file}: `{line}` hands on a name from elsewhere: import it from its home"
                ));
            }
        }
    }
    found
}

/// Every broken rule, in words.
fn check(
    files: &BTreeMap<String, String>,
    rules: &Rules,
    known: &[(&str, &str, &str)],
    known_loops: &[(&[&str], &str)],
) -> Vec<String> {
    let graph = imports(files);
    let mut broken = forwarding(files);
    let mut used_known = BTreeSet::new();
    for (file, targets) in &graph {
        let from = part(file);
        let Some(from_layer) = rules.layer(&from) else {
            broken.push(format!("{file}: part `{from}` is on no line of the layers"));
            continue;
        };
        for target in targets {
            let to = part(target);
            if to == from {
                continue;
            }
            let Some(to_layer) = rules.layer(&to) else {
                broken.push(format!("{target}: part `{to}` is on no line of the layers"));
                continue;
            };
            let why = if to_layer >= from_layer {
                Some(format!(
                    "`{from}` (line {}) imports `{to}` (line {}), not below it",
                    from_layer + 1,
                    to_layer + 1
                ))
            } else if rules.never.contains(&(from.clone(), to.clone())) {
                Some(format!("`{from}` never imports `{to}`"))
            } else {
                None
            };
            if let Some(why) = why {
                if let Some(k) = known.iter().find(|(f, t, _)| f == file && *t == to) {
                    used_known.insert(k.0);
                } else {
                    broken.push(format!("{file} -> {target}: {why}"));
                }
            }
        }
    }
    for (file, to, work) in known {
        if !used_known.contains(file) {
            broken.push(format!(
                "{file} -> `{to}` is allowed as known ({work}) but is gone: strike it from KNOWN"
            ));
        }
    }
    // A module sits in the file of the module above it, which declares it (and may hand on
    // its names): that tie is the module tree's own, not an import between two files.
    let across: BTreeMap<String, BTreeSet<String>> = graph
        .iter()
        .map(|(file, targets)| {
            let targets = targets
                .iter()
                .filter(|t| !above(t, file) && !above(file, t))
                .cloned()
                .collect();
            (file.clone(), targets)
        })
        .collect();
    let found = cycles(&across);
    for cycle in &found {
        if !known_loops.iter().any(|(files, _)| cycle == files) {
            broken.push(format!(
                "files import each other in a loop: {}",
                cycle.join(" -> ")
            ));
        }
    }
    for (files, work) in known_loops {
        if !found.iter().any(|cycle| cycle == files) {
            broken.push(format!(
                "the loop {} is allowed as known ({work}) but is gone or changed: strike it from KNOWN_LOOPS",
                files.join(" -> ")
            ));
        }
    }
    broken.sort();
    broken.dedup();
    broken
}

/// Whether `upper`'s module holds `lower`'s (`src/store/mod.rs` holds `src/store/lock.rs`).
fn above(upper: &str, lower: &str) -> bool {
    let (upper, lower) = (module_of(upper), module_of(lower));
    upper.len() < lower.len() && lower.starts_with(&upper)
}

/// The loops of the graph: each strongly connected set of two files or more (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut set = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    set.push(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if set.len() > 1 {
                    set.sort();
                    self.found.push(set);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

fn read_src(dir: &Path, files: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_src(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(rel, std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn the_code_keeps_the_layer_rules_of_the_architecture_doc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/architecture.md")).unwrap();
    let rules = Rules::from_doc(&doc);
    assert!(rules.layers.len() > 5, "layers read: {:?}", rules.layers);
    assert!(!rules.never.is_empty(), "no never read");
    let mut files = BTreeMap::new();
    read_src(&root.join("src"), &mut files);
    let broken = check(&files, &rules, KNOWN, KNOWN_LOOPS);
    assert!(
        broken.is_empty(),
        "docs/architecture.md, \"What may import what\":\n{}",
        broken.join("\n")
    );
}

#[cfg(test)]
mod checker {
    use super::*;

    const DOC: &str = "# x\n\n## What may import what\n\n\
        1. `lang`, `store2`: leaves.\n\
        2. `coach`: rules.\n\
        3. `store`: files.\n\
        4. `app`: the model.\n\n\
        - `app` never `store`: effects.\n\n## Next\n\n5. `nothing`: not a layer.\n";

    fn crate_of(files: &[(&str, &str)]) -> BTreeMap<String, String> {
        files
            .iter()
            .map(|(f, t)| ((*f).to_owned(), (*t).to_owned()))
            .collect()
    }

    fn good() -> Vec<(&'static str, &'static str)> {
        vec![
            (
                "src/lib.rs",
                "pub mod app;\npub mod coach;\npub mod lang;\npub mod store;\n",
            ),
            ("src/lang.rs", "pub enum Lang { En }\n"),
            (
                "src/coach/mod.rs",
                "pub mod plan;\nmod rest;\npub use rest::Today;\nuse crate::lang::Lang;\n#[cfg(test)]\nmod tests;\n",
            ),
            (
                "src/coach/plan.rs",
                "use super::Today;\n/// crate::store::Store in a comment is no import\npub struct Plan;\n",
            ),
            (
                "src/coach/rest.rs",
                "pub struct Today;\n#[cfg(test)]\nmod tests {\n    use crate::app::Model;\n}\n",
            ),
            ("src/coach/tests.rs", "use crate::store::Store;\n"),
            (
                "src/store.rs",
                "use crate::{coach::plan::Plan, lang::Lang};\npub struct Store;\n",
            ),
            (
                "src/app.rs",
                "pub struct Model(crate::coach::plan::Plan);\n",
            ),
        ]
    }

    #[test]
    fn the_rules_are_read_from_the_section_only() {
        let rules = Rules::from_doc(DOC);
        assert_eq!(rules.layers.len(), 4);
        assert_eq!(rules.layers[0], ["lang", "store2"]);
        assert_eq!(rules.never, [("app".to_owned(), "store".to_owned())]);
    }

    #[test]
    fn a_crate_that_keeps_the_rules_passes_and_its_paths_resolve_to_files() {
        let files = crate_of(&good());
        let graph = imports(&files);
        // Through the face of coach/mod.rs to the file that defines Today.
        assert_eq!(
            graph["src/coach/plan.rs"],
            BTreeSet::from(["src/coach/rest.rs".to_owned()])
        );
        assert_eq!(
            graph["src/store.rs"],
            BTreeSet::from(["src/coach/plan.rs".to_owned(), "src/lang.rs".to_owned()])
        );
        // Test code is not read.
        assert!(!graph.contains_key("src/coach/tests.rs"));
        assert!(graph["src/coach/rest.rs"].is_empty());
        assert_eq!(
            check(&files, &Rules::from_doc(DOC), &[], &[]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_import_of_a_higher_layer_fails() {
        let mut files = good();
        files.push(("src/coach/bad.rs", "use crate::store::Store;\n"));
        files[2].1 =
            "pub mod plan;\nmod rest;\nmod bad;\npub use rest::Today;\n#[cfg(test)]\nmod tests;\n";
        let broken = check(&crate_of(&files), &Rules::from_doc(DOC), &[], &[]);
        assert_eq!(
            broken,
            [
                "src/coach/bad.rs -> src/store.rs: `coach` (line 2) imports `store` (line 3), not below it"
            ]
        );
    }

    #[test]
    fn a_never_fails_even_downwards_and_a_known_one_is_listed_until_it_is_gone() {
        let mut files = good();
        files[7].1 = "pub struct Model(crate::store::Store);\n";
        let rules = Rules::from_doc(DOC);
        let broken = check(&crate_of(&files), &rules, &[], &[]);
        assert_eq!(
            broken,
            ["src/app.rs -> src/store.rs: `app` never imports `store`"]
        );
        let known = [("src/app.rs", "store", "being moved")];
        assert!(check(&crate_of(&files), &rules, &known, &[]).is_empty());
        // Once gone, the known entry itself fails.
        let broken = check(&crate_of(&good()), &rules, &known, &[]);
        assert_eq!(broken.len(), 1, "{broken:?}");
        assert!(broken[0].contains("strike it from KNOWN"));
    }

    #[test]
    fn files_that_import_each_other_fail_inside_one_part_too() {
        let mut files = good();
        files[5] = ("src/coach/tests.rs", "");
        files[4].1 = "pub struct Today(super::plan::Plan);\n";
        let broken = check(&crate_of(&files), &Rules::from_doc(DOC), &[], &[]);
        assert_eq!(
            broken,
            ["files import each other in a loop: src/coach/plan.rs -> src/coach/rest.rs"]
        );
    }

    #[test]
    fn a_known_loop_passes_until_it_is_gone() {
        let mut files = good();
        files[5] = ("src/coach/tests.rs", "");
        files[4].1 = "pub struct Today(super::plan::Plan);\n";
        let known: &[(&[&str], &str)] = &[(&["src/coach/plan.rs", "src/coach/rest.rs"], "later")];
        let rules = Rules::from_doc(DOC);
        assert!(check(&crate_of(&files), &rules, &[], known).is_empty());
        let broken = check(&crate_of(&good()), &rules, &[], known);
        assert_eq!(broken.len(), 1, "{broken:?}");
        assert!(broken[0].contains("strike it from KNOWN_LOOPS"));
    }

    #[test]
    fn a_module_and_the_module_it_sits_in_are_no_loop() {
        let mut files = good();
        // coach/mod.rs hands on rest.rs's Today; rest.rs names the Lang that coach/mod.rs uses.
        files[4].1 = "pub struct Today(super::Lang);\n";
        assert!(check(&crate_of(&files), &Rules::from_doc(DOC), &[], &[]).is_empty());
    }

    #[test]
    fn a_name_handed_on_from_elsewhere_fails() {
        let mut files = good();
        files[7].1 = "pub use crate::lang::Lang;\npub struct Model(crate::coach::plan::Plan);\n";
        let broken = check(&crate_of(&files), &Rules::from_doc(DOC), &[], &[]);
        assert_eq!(
            broken,
            [
                "src/app.rs: `pub use crate::lang::Lang;` hands on a name from elsewhere: import it from its home"
            ]
        );
    }

    #[test]
    fn groups_and_renames_expand_to_paths() {
        assert_eq!(
            expand("crate::coach::{plan::{self, Plan}, rest::Today as T}"),
            [
                "crate::coach::plan",
                "crate::coach::plan::Plan",
                "crate::coach::rest::Today"
            ]
        );
    }
}
