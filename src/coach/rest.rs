//! Rest days and the weekly count (being written).
