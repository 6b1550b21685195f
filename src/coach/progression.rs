//! Progression of targets and weights (being written).
