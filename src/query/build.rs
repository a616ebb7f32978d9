//! A rewritten query AST + the schema → a tantivy `Query`.
//!
//! We build queries ourselves rather than through tantivy's `QueryParser` because its builder is
//! where the gaps users hit live: `term~1` is not fuzzy there, `ira*` finds nothing, `a AND NOT b`
//! matches nothing (the `NOT b` becomes a clause of exclusions only), and it cannot give bare
//! terms several fields with different weights *and* treat one-word prefixes as prefixes.

use std::ops::Bound;

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, PhrasePrefixQuery,
    PhraseQuery, Query, RangeQuery, RegexQuery, TermQuery,
};
use tantivy::query_grammar::{
    Delimiter, Occur as AstOccur, UserInputAst, UserInputBound, UserInputLeaf, UserInputLiteral,
};
use tantivy::schema::{Field, FieldType, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DateTime, Index, Term};

use crate::error::QueryError;

/// Largest edit distance for `term~N` (tantivy's automata go up to 2).
const MAX_FUZZY_DISTANCE: u32 = 2;

/// How bare terms are searched and how clauses without `+`/`-` combine.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Fields searched by a term without `field:`, each with its weight.
    pub default_fields: Vec<(Field, f32)>,
    /// Clauses without `+`/`-` are required (`--all`) instead of ORed and ranked.
    pub conjunction: bool,
}

/// Builds the tantivy query for `ast` over `index`'s schema.
pub fn build(
    index: &Index,
    ast: &UserInputAst,
    opts: &BuildOptions,
) -> Result<Box<dyn Query>, QueryError> {
    Ok(Builder { index, opts }
        .ast(ast)?
        .unwrap_or_else(|| Box::new(EmptyQuery)))
}

struct Builder<'a> {
    index: &'a Index,
    opts: &'a BuildOptions,
}

impl Builder<'_> {
    /// `None` when the AST has nothing searchable (only punctuation, say).
    fn ast(&self, ast: &UserInputAst) -> Result<Option<Box<dyn Query>>, QueryError> {
        match ast {
            UserInputAst::Clause(clauses) => self.clause(clauses),
            UserInputAst::Boost(sub, boost) => Ok(self.ast(sub)?.map(|q| {
                Box::new(BoostQuery::new(q, boost.into_inner() as f32)) as Box<dyn Query>
            })),
            UserInputAst::Leaf(leaf) => self.leaf(leaf),
        }
    }

    fn clause(
        &self,
        clauses: &[(Option<AstOccur>, UserInputAst)],
    ) -> Result<Option<Box<dyn Query>>, QueryError> {
        let default = if self.opts.conjunction {
            Occur::Must
        } else {
            Occur::Should
        };
        let mut subs: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (occur, sub) in clauses {
            let occur = match occur {
                Some(AstOccur::Must) => Occur::Must,
                Some(AstOccur::MustNot) => Occur::MustNot,
                Some(AstOccur::Should) => Occur::Should,
                None => default,
            };
            if let Some(q) = self.ast(sub)? {
                subs.push((occur, q));
            }
        }
        if subs.is_empty() {
            return Ok(None);
        }
        // A group of exclusions alone (`NOT b` in `a AND NOT b`, or `-x` as the whole query)
        // means "everything but", not "nothing".
        if subs.iter().all(|(o, _)| *o == Occur::MustNot) {
            subs.push((Occur::Must, Box::new(AllQuery)));
        }
        if subs.len() == 1 && subs[0].0 != Occur::MustNot {
            return Ok(subs.pop().map(|(_, q)| q));
        }
        Ok(Some(Box::new(BooleanQuery::new(subs))))
    }

    fn leaf(&self, leaf: &UserInputLeaf) -> Result<Option<Box<dyn Query>>, QueryError> {
        match leaf {
            UserInputLeaf::Literal(lit) => self.literal(lit),
            UserInputLeaf::All => Ok(Some(Box::new(AllQuery))),
            UserInputLeaf::Range {
                field,
                lower,
                upper,
            } => self.range(field.as_deref(), lower, upper).map(Some),
            UserInputLeaf::Set { .. } => Err(QueryError::Syntax(
                "term sets (`field: IN [...]`) are not supported".into(),
            )),
            UserInputLeaf::Exists { .. } => Err(QueryError::Syntax(
                "`field:*` (exists) is not supported".into(),
            )),
            UserInputLeaf::Regex { .. } => Err(QueryError::Syntax(
                "regular expressions are not supported; use a prefix such as `sanction*`".into(),
            )),
        }
    }

    fn literal(&self, lit: &UserInputLiteral) -> Result<Option<Box<dyn Query>>, QueryError> {
        let fields = match &lit.field_name {
            Some(name) => vec![(self.field(name)?, 1.0)],
            None => self.opts.default_fields.clone(),
        };
        let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in fields {
            if let Some(q) = self.literal_in(field, lit)? {
                let q: Box<dyn Query> = if (boost - 1.0).abs() > f32::EPSILON {
                    Box::new(BoostQuery::new(q, boost))
                } else {
                    q
                };
                per_field.push((Occur::Should, q));
            }
        }
        Ok(match per_field.len() {
            0 => None,
            1 => per_field.pop().map(|(_, q)| q),
            _ => Some(Box::new(BooleanQuery::new(per_field))),
        })
    }

    fn literal_in(
        &self,
        field: Field,
        lit: &UserInputLiteral,
    ) -> Result<Option<Box<dyn Query>>, QueryError> {
        let mut analyzer = self.analyzer(field)?;
        let terms = tokens(&mut analyzer, field, &lit.phrase);
        let quoted = lit.delimiter != Delimiter::None;
        if lit.prefix {
            return Ok(self.prefix(field, &lit.phrase, terms));
        }
        Ok(match terms.len() {
            0 => None,
            1 => {
                let term = terms.into_iter().next().map(|(_, t)| t);
                term.map(|term| {
                    if !quoted && lit.slop > 0 {
                        let distance = lit.slop.min(MAX_FUZZY_DISTANCE) as u8;
                        Box::new(FuzzyTermQuery::new(term, distance, true)) as Box<dyn Query>
                    } else {
                        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
                    }
                })
            }
            _ => Some(Box::new(PhraseQuery::new_with_offset_and_slop(
                terms, lit.slop,
            ))),
        })
    }

    /// `sanction*`: a one-word prefix matches indexed terms starting with the lowercased,
    /// unstemmed word (stemming a prefix would cut it further); `"nuclear de"*` is a phrase prefix.
    fn prefix(&self, field: Field, raw: &str, terms: Vec<(usize, Term)>) -> Option<Box<dyn Query>> {
        if terms.len() >= 2 {
            return Some(Box::new(PhrasePrefixQuery::new_with_offset(terms)));
        }
        let word: String = deunicode_lower(raw.trim_end_matches('*'));
        if word.is_empty() {
            return None;
        }
        let pattern = format!("{}.*", regex_escape(&word));
        RegexQuery::from_pattern(&pattern, field)
            .ok()
            .map(|q| Box::new(q) as Box<dyn Query>)
    }

    fn range(
        &self,
        field: Option<&str>,
        lower: &UserInputBound,
        upper: &UserInputBound,
    ) -> Result<Box<dyn Query>, QueryError> {
        let name = field.unwrap_or("");
        let field = self.field(name)?;
        let entry = self.index.schema().get_field_entry(field).clone();
        if !matches!(entry.field_type(), FieldType::Date(_)) {
            return Err(QueryError::Syntax(format!(
                "ranges work on `date` only, not on `{name}`"
            )));
        }
        let bound = |b: &UserInputBound| -> Result<Bound<Term>, QueryError> {
            let term = |s: &str| -> Result<Term, QueryError> {
                let dt = chrono::DateTime::parse_from_rfc3339(s)
                    .map_err(|_| QueryError::Syntax(format!("bad date '{s}'")))?;
                Ok(Term::from_field_date(
                    field,
                    DateTime::from_timestamp_secs(dt.timestamp()),
                ))
            };
            Ok(match b {
                UserInputBound::Inclusive(s) => Bound::Included(term(s)?),
                UserInputBound::Exclusive(s) => Bound::Excluded(term(s)?),
                UserInputBound::Unbounded => Bound::Unbounded,
            })
        };
        let (lower, upper) = (bound(lower)?, bound(upper)?);
        // `[* TO *]` means "has a date"; tantivy's RangeQuery panics without at least one bound
        // (found by fuzzing).
        let lower = match (lower, &upper) {
            (Bound::Unbounded, Bound::Unbounded) => {
                Bound::Included(Term::from_field_date(field, DateTime::MIN))
            }
            (lower, _) => lower,
        };
        Ok(Box::new(RangeQuery::new(lower, upper)))
    }

    fn field(&self, name: &str) -> Result<Field, QueryError> {
        self.index
            .schema()
            .get_field(name)
            .map_err(|_| QueryError::Syntax(format!("unknown field '{name}'")))
    }

    fn analyzer(&self, field: Field) -> Result<TextAnalyzer, QueryError> {
        self.index
            .tokenizer_for_field(field)
            .map_err(|e| QueryError::Syntax(e.to_string()))
    }
}

/// The field's tokens for `text`, with their positions (for phrases).
fn tokens(analyzer: &mut TextAnalyzer, field: Field, text: &str) -> Vec<(usize, Term)> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let token = stream.token();
        out.push((token.position, Term::from_field_text(field, &token.text)));
    }
    out
}

/// Lowercase with accents folded the way the index's ASCII folding does for common letters.
fn deunicode_lower(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~\"'".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::index::schema::{build_schema, register_tokenizers};
    use crate::query::parse::parse_ast;

    fn index() -> Index {
        let index = Index::create_in_ram(build_schema());
        register_tokenizers(&index);
        index
    }

    fn options(index: &Index) -> BuildOptions {
        let schema = index.schema();
        let field = |n: &str| schema.get_field(n).unwrap_or_else(|e| panic!("{n}: {e}"));
        BuildOptions {
            default_fields: vec![(field("topic"), 1.0), (field("headline"), 2.0)],
            conjunction: false,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any text at all parses to a query or to a `QueryError`, never a panic.
        #[test]
        fn any_query_text_parses_or_errors(text in ".{0,60}") {
            let index = index();
            if let Ok(ast) = parse_ast(&text) {
                let _ = build(&index, &ast, &options(&index));
            }
        }

        /// Query-like text built from the syntax's own pieces, the likeliest to hit edge cases.
        #[test]
        fn syntax_soup_parses_or_errors(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("iran"), Just("\"nuclear deal\""), Just("AND"), Just("OR"), Just("NOT"),
                    Just("-"), Just("+"), Just("("), Just(")"), Just("speaker:"), Just("date:"),
                    Just("2019-05"), Just("[2019-01-01 TO 2019-02-01]"), Just("^2"), Just("~1"),
                    Just("*"), Just(":"), Just("\""), Just("'"), Just("headline:"), Just("{"),
                    Just(">=2019-05-01"), Just("topic:"), Just("\\"),
                ],
                0..12,
            )
        ) {
            let text = parts.join(" ");
            let index = index();
            if let Ok(ast) = parse_ast(&text) {
                let _ = build(&index, &ast, &options(&index));
            }
        }
    }
}
