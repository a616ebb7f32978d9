//! newsdex: a search engine for news that knows who said what.
//!
//! The library is the pipeline, one module per stage, in the order data flows:
//!
//! ```text
//!  files ──read──▶ Document ──article──▶ Article ──quotes──▶ Article + Quotes
//!  (walk, decode)  {source, text}   (normalize, chrome,       (find, attribute,
//!                                    headline, date, body)     canonical names)
//!                                                                   │
//!                                          index (schema, writer) ◀─┘
//!                                                │
//!  user text ──query (parse, rank, snippets)──▶ Hits ──render──▶ text / JSON
//! ```
//!
//! The `newsdex` binary (`src/main.rs`, `src/cli/`) is a thin layer over these stages;
//! no clap type appears in the library's API.

pub mod article;
pub mod error;
pub mod extract;
mod fast_hash;
pub mod index;
pub mod query;
pub mod quotes;
pub mod read;
pub mod render;

pub use article::Article;
pub use error::{Error, Result};
pub use quotes::Quote;
pub use read::Document;
