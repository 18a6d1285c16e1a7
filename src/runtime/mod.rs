//! Values and objects: the data every tier operates on.

pub mod dict;
pub mod gc;
pub mod int;
pub mod list;
pub mod numfmt;
pub mod objects;
pub mod set;
pub mod str;
pub mod strsearch;
pub mod types;
pub mod value;
pub mod weakref;
