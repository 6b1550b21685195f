//! A simple line drawing for each test's card, as text (the same in every language).

use crate::coach::function_test::TestKind;

/// The drawing of `kind`, one line a row.
#[must_use]
pub fn drawing(kind: TestKind) -> &'static [&'static str] {
    match kind {
        TestKind::ChairStand => &[
            r"   o        \o/ ",
            r"  /X\  -->   X  ",
            r"  _|\_       |  ",
            r"  |  |      / \ ",
            r"  43 cm         ",
        ],
        TestKind::BalanceTest => &[
            r"  1: [][]     2: []      3: []      4: []",
            r"                  []        []           ",
            r"  side by side  semi-tandem  tandem   one leg",
        ],
        TestKind::Tug => &[
            r"   o                       ",
            r"  /|\ ->  ->  ->  ->  ->  |",
            r"  _|_  <-  <-  <-  <-  <- |",
            r"  |  |       3 m          ",
        ],
        TestKind::Grip => &[r"   ____      ", r"  |    |==)  ", r"  |____|  kg "],
    }
}
