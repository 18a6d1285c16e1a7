//! The parser of Python's regular expression syntax (what CPython 3.11's
//! `re` accepts), producing a [`Node`] tree with the flags in force baked
//! into each node, and CPython's `re.error` messages and positions.

/// `re.IGNORECASE`.
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE` (accepted for bytes patterns, treated as ASCII).
pub const LOCALE: u32 = 4;
/// `re.MULTILINE`.
pub const MULTILINE: u32 = 8;
/// `re.DOTALL`.
pub const DOTALL: u32 = 16;
/// `re.UNICODE`.
pub const UNICODE: u32 = 32;
/// `re.VERBOSE`.
pub const VERBOSE: u32 = 64;
/// `re.ASCII`.
pub const ASCII: u32 = 256;

/// The largest repeat count (CPython's MAXREPEAT on 64-bit builds is larger;
/// counts above this are refused as too large).
pub const MAX_REPEAT: usize = u32::MAX as usize;

/// The position of an error that CPython reports without one.
pub const NO_POSITION: usize = usize::MAX;

/// A parse error: CPython's message and the position it points at.
#[derive(Debug)]
pub struct ParseError {
    pub msg: String,
    pub pos: usize,
}

/// A character class item.
#[derive(Clone, Debug)]
pub enum ClassItem {
    /// One code point or an inclusive range.
    Range(u32, u32),
    /// `\d` (false) / `\D` (true).
    Digit(bool),
    /// `\s` / `\S`.
    Space(bool),
    /// `\w` / `\W`.
    Word(bool),
}

/// A set of characters (`[...]` or a category escape), with the flags that
/// decide how it matches.
#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<ClassItem>,
    pub negated: bool,
    pub ignore_case: bool,
    /// Categories are ASCII-only (ASCII flag or a bytes pattern).
    pub ascii: bool,
}

/// Zero-width assertions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assert {
    /// `^` without MULTILINE, `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE (also before a final newline).
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    TextEnd,
    /// `\b` (ascii?).
    WordBoundary(bool),
    /// `\B` (ascii?).
    NotWordBoundary(bool),
}

/// How a repeat matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// A parsed regular expression.
#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    /// A literal code point (ignore_case).
    Literal(u32, bool),
    /// `.` (dotall).
    Any(bool),
    Set(Box<CharSet>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    /// A group: capturing index, or `None`.
    Group(Option<usize>, Box<Node>),
    Repeat { node: Box<Node>, min: usize, max: usize, greed: Greed },
    Assert(Assert),
    /// A backreference (group, ignore_case).
    Backref(usize, bool),
    Look { behind: bool, negate: bool, node: Box<Node> },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Cond { group: usize, yes: Box<Node>, no: Box<Node> },
}

impl Node {
    /// The minimum and maximum width (`None` for unbounded).
    pub fn width(&self) -> (usize, Option<usize>) {
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, Some(0)),
            Node::Literal(..) | Node::Any(_) | Node::Set(_) => (1, Some(1)),
            Node::Seq(v) => v.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (a, b) = n.width();
                (lo.saturating_add(a), hi.and_then(|h| b.map(|b| h.saturating_add(b))))
            }),
            Node::Alt(v) => {
                let mut lo = usize::MAX;
                let mut hi = Some(0);
                for n in v {
                    let (a, b) = n.width();
                    lo = lo.min(a);
                    hi = match (hi, b) {
                        (Some(h), Some(b)) => Some(h.max(b)),
                        _ => None,
                    };
                }
                (if v.is_empty() { 0 } else { lo }, hi)
            }
            Node::Group(_, n) | Node::Atomic(n) => n.width(),
            Node::Repeat { node, min, max, .. } => {
                let (a, b) = node.width();
                let hi = if *max == MAX_REPEAT {
                    if b == Some(0) {
                        Some(0)
                    } else {
                        None
                    }
                } else {
                    b.map(|b| b.saturating_mul(*max))
                };
                (a.saturating_mul(*min), hi)
            }
            Node::Backref(..) => (0, None),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width();
                let (c, d) = no.width();
                (a.min(c), match (b, d) {
                    (Some(b), Some(d)) => Some(b.max(d)),
                    _ => None,
                })
            }
        }
    }
}

/// The result of parsing: the tree, the number of groups, the names and
/// the flags (with global inline flags added).
pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    is_bytes: bool,
    /// Global flags.
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups whose closing parenthesis was seen.
    closed: Vec<bool>,
    /// Depth of lookbehinds being parsed, with the group count at entry.
    lookbehind_groups: Option<usize>,
}

/// Parses `src` (code points; bytes patterns as 0..=255) with `flags`.
pub fn parse(src: &[u32], flags: u32, is_bytes: bool) -> Result<Parsed, ParseError> {
    let mut p = Parser { src, pos: 0, is_bytes, flags, groups: 0, names: Vec::new(), closed: vec![true], lookbehind_groups: None };
    let node = p.alternation(flags, 0)?;
    if p.pos < src.len() {
        // Only an unmatched ')' stops the top level.
        return Err(ParseError { msg: "unbalanced parenthesis".into(), pos: p.pos });
    }
    Ok(Parsed { node, groups: p.groups, names: p.names, flags: p.flags })
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn text(src: &[u32]) -> String {
    src.iter().map(|&c| ch(c)).collect()
}

/// True for a valid group name: a Python identifier.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }
    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }
    fn err<T>(&self, msg: impl Into<String>, pos: usize) -> Result<T, ParseError> {
        Err(ParseError { msg: msg.into(), pos })
    }
    fn ascii_mode(&self, flags: u32) -> bool {
        self.is_bytes || flags & (ASCII | LOCALE) != 0
    }
    /// Skips whitespace and comments in verbose mode.
    fn skip_verbose(&mut self, flags: u32) {
        if flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if matches!(ch(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// `a|b|c` up to a `)` or the end.
    fn alternation(&mut self, flags: u32, depth: usize) -> Result<Node, ParseError> {
        let mut branches = vec![self.sequence(flags, depth)?];
        while self.peek_is('|') {
            self.pos += 1;
            branches.push(self.sequence(flags, depth)?);
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap() } else { Node::Alt(branches) })
    }

    fn sequence(&mut self, mut flags: u32, depth: usize) -> Result<Node, ParseError> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose(flags);
            let start = self.pos;
            let Some(c) = self.peek() else { break };
            let c = ch(c);
            if c == '|' {
                break;
            }
            if c == ')' {
                if depth == 0 {
                    return self.err("unbalanced parenthesis", start);
                }
                break;
            }
            self.pos += 1;
            let atom = match c {
                '(' => match self.group(&mut flags, depth, start, items.is_empty())? {
                    Some(n) => n,
                    None => continue,
                },
                '[' => self.class(flags, start)?,
                '.' => Node::Any(flags & DOTALL != 0),
                '^' => Node::Assert(if flags & MULTILINE != 0 { Assert::LineStart } else { Assert::Start }),
                '$' => Node::Assert(if flags & MULTILINE != 0 { Assert::LineEnd } else { Assert::End }),
                '\\' => self.escape(flags)?,
                '*' | '+' | '?' => return self.err("nothing to repeat", start),
                '{' => {
                    let save = self.pos;
                    if self.brace_quantifier()?.is_some() {
                        return self.err("nothing to repeat", start);
                    }
                    self.pos = save;
                    Node::Literal('{' as u32, self.fold(flags, '{' as u32))
                }
                _ => Node::Literal(c as u32, self.fold(flags, c as u32)),
            };
            let node = self.quantified(atom, flags)?;
            items.push(node);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Seq(items),
        })
    }

    /// Whether a literal needs case folding under `flags`.
    fn fold(&self, flags: u32, _c: u32) -> bool {
        flags & IGNORECASE != 0
    }

    /// Reads `{m,n}` after the `{`; `None` (position unspecified) when it is
    /// not a quantifier, so the `{` is a literal.
    fn brace_quantifier(&mut self) -> Result<Option<(usize, usize)>, ParseError> {
        let start = self.pos;
        let mut lo = String::new();
        while let Some(c) = self.peek().filter(|&c| is_digit(c)) {
            lo.push(ch(c));
            self.pos += 1;
        }
        let mut hi = lo.clone();
        if self.peek_is(',') {
            self.pos += 1;
            hi.clear();
            while let Some(c) = self.peek().filter(|&c| is_digit(c)) {
                hi.push(ch(c));
                self.pos += 1;
            }
        }
        if !self.peek_is('}') {
            self.pos = start;
            return Ok(None);
        }
        self.pos += 1;
        let too_large = |s: &str| s.parse::<usize>().ok().filter(|&n| n < MAX_REPEAT).is_none();
        let min = if lo.is_empty() {
            0
        } else {
            if too_large(&lo) {
                return self.err("the repetition number is too large", start);
            }
            lo.parse().unwrap()
        };
        let max = if hi.is_empty() {
            MAX_REPEAT
        } else {
            if too_large(&hi) {
                return self.err("the repetition number is too large", start);
            }
            let max: usize = hi.parse().unwrap();
            if max < min {
                return self.err("min repeat greater than max repeat", start);
            }
            max
        };
        Ok(Some((min, max)))
    }

    /// Applies any quantifiers following `atom`.
    fn quantified(&mut self, atom: Node, flags: u32) -> Result<Node, ParseError> {
        self.skip_verbose(flags);
        let here = self.pos;
        let Some(c) = self.peek() else { return Ok(atom) };
        let (min, max) = match ch(c) {
            '*' => {
                self.pos += 1;
                (0, MAX_REPEAT)
            }
            '+' => {
                self.pos += 1;
                (1, MAX_REPEAT)
            }
            '?' => {
                self.pos += 1;
                (0, 1)
            }
            '{' => {
                self.pos += 1;
                match self.brace_quantifier()? {
                    Some(q) => q,
                    None => {
                        self.pos -= 1;
                        return Ok(atom);
                    }
                }
            }
            _ => return Ok(atom),
        };
        let repeatable = !matches!(atom, Node::Empty | Node::Assert(_));
        if !repeatable {
            return self.err("nothing to repeat", here);
        }
        if matches!(atom, Node::Repeat { .. }) {
            return self.err("multiple repeat", here);
        }
        let greed = if self.peek_is('?') {
            self.pos += 1;
            Greed::Lazy
        } else if self.peek_is('+') {
            self.pos += 1;
            Greed::Possessive
        } else {
            Greed::Greedy
        };
        let node = Node::Repeat { node: Box::new(atom), min, max, greed };
        self.skip_verbose(flags);
        if let Some(c) = self.peek() {
            if matches!(ch(c), '*' | '+' | '?') || (ch(c) == '{' && {
                let save = self.pos;
                self.pos += 1;
                let q = self.brace_quantifier()?.is_some();
                self.pos = save;
                q
            }) {
                return self.err("multiple repeat", self.pos);
            }
        }
        Ok(node)
    }

    /// A group after its `(`; `None` for constructs that match nothing
    /// (comments, global flags).
    fn group(&mut self, flags: &mut u32, depth: usize, start: usize, at_start: bool) -> Result<Option<Node>, ParseError> {
        let mut inner_flags = *flags;
        let mut capture = true;
        let mut name: Option<String> = None;
        let mut look: Option<(bool, bool)> = None;
        let mut atomic = false;
        if self.peek_is('?') {
            self.pos += 1;
            let Some(c) = self.peek() else { return self.err("unexpected end of pattern", self.pos) };
            self.pos += 1;
            match ch(c) {
                ':' => capture = false,
                'P' => {
                    let Some(c) = self.peek() else { return self.err("unexpected end of pattern", self.pos) };
                    self.pos += 1;
                    match ch(c) {
                        '<' => name = Some(self.group_name('>', "missing >, unterminated name")?),
                        '=' => {
                            let name_pos = self.pos;
                            let n = self.group_name(')', "missing ), unterminated name")?;
                            let Some(&(_, g)) = self.names.iter().find(|(k, _)| *k == n) else {
                                return self.err(format!("unknown group name '{}'", n), name_pos);
                            };
                            if !self.closed[g] {
                                return self.err("cannot refer to an open group", name_pos);
                            }
                            return Ok(Some(Node::Backref(g, *flags & IGNORECASE != 0)));
                        }
                        other => {
                            return self.err(format!("unknown extension ?P{}", other), self.pos - 3);
                        }
                    }
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == ')' as u32 {
                            return Ok(None);
                        }
                    }
                    return self.err("missing ), unterminated comment", start);
                }
                '=' | '!' => {
                    look = Some((false, c == '!' as u32));
                    capture = false;
                }
                '<' => {
                    let Some(c2) = self.peek() else { return self.err("unexpected end of pattern", self.pos) };
                    self.pos += 1;
                    match ch(c2) {
                        '=' | '!' => look = Some((true, c2 == '!' as u32)),
                        other => return self.err(format!("unknown extension ?<{}", other), self.pos - 3),
                    }
                    capture = false;
                }
                '>' => {
                    atomic = true;
                    capture = false;
                }
                '(' => return self.conditional(*flags, depth, start).map(Some),
                c if "aiLmsux-".contains(c) => {
                    self.pos -= 1;
                    match self.inline_flags(*flags, start, at_start)? {
                        (new_flags, true) => {
                            // Global flags: apply to the rest of the pattern.
                            self.flags |= new_flags;
                            *flags |= new_flags;
                            return Ok(None);
                        }
                        (scoped, false) => {
                            inner_flags = scoped;
                            capture = false;
                        }
                    }
                }
                other => return self.err(format!("unknown extension ?{}", other), self.pos - 2),
            }
        }
        let index = if capture {
            self.groups += 1;
            self.closed.push(false);
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    return self.err(format!("redefinition of group name '{}' as group {}; was group {}", n, self.groups, old), start + 4);
                }
                self.names.push((n.clone(), self.groups));
            }
            Some(self.groups)
        } else {
            None
        };
        let saved_lb = self.lookbehind_groups;
        if let Some((true, _)) = look {
            if self.lookbehind_groups.is_none() {
                self.lookbehind_groups = Some(self.groups);
            }
        }
        let body = self.alternation(inner_flags, depth + 1)?;
        self.lookbehind_groups = saved_lb;
        if !self.peek_is(')') {
            return self.err("missing ), unterminated subpattern", start);
        }
        self.pos += 1;
        if let Some(g) = index {
            self.closed[g] = true;
        }
        if let Some((behind, negate)) = look {
            if behind {
                let (lo, hi) = body.width();
                if hi != Some(lo) {
                    // CPython reports this one without a position.
                    return self.err("look-behind requires fixed-width pattern", NO_POSITION);
                }
            }
            return Ok(Some(Node::Look { behind, negate, node: Box::new(body) }));
        }
        if atomic {
            return Ok(Some(Node::Atomic(Box::new(body))));
        }
        Ok(Some(Node::Group(index, Box::new(body))))
    }

    /// A group name up to `end`.
    fn group_name(&mut self, end: char, unterminated: &str) -> Result<String, ParseError> {
        let start = self.pos;
        loop {
            match self.peek() {
                None => return self.err(unterminated, start),
                Some(c) if c == end as u32 => break,
                Some(_) => self.pos += 1,
            }
        }
        let name = text(&self.src[start..self.pos]);
        self.pos += 1;
        if name.is_empty() {
            return self.err("missing group name", start);
        }
        if !is_identifier(&name) {
            return self.err(format!("bad character in group name '{}'", name), start);
        }
        Ok(name)
    }

    /// `(?(id)yes|no)` after the `(?(`.
    fn conditional(&mut self, flags: u32, depth: usize, start: usize) -> Result<Node, ParseError> {
        let name_pos = self.pos;
        let name = {
            let s = self.pos;
            while self.peek().is_some() && !self.peek_is(')') {
                self.pos += 1;
            }
            if self.peek().is_none() {
                return self.err("missing ), unterminated name", s);
            }
            let n = text(&self.src[s..self.pos]);
            self.pos += 1;
            n
        };
        if name.is_empty() {
            return self.err("missing group name", name_pos);
        }
        let group = if name.chars().all(|c| c.is_ascii_digit()) {
            let g: usize = name.parse().unwrap_or(usize::MAX);
            if g == 0 {
                return self.err("bad group number", name_pos);
            }
            g
        } else {
            if !is_identifier(&name) {
                return self.err(format!("bad character in group name '{}'", name), name_pos);
            }
            match self.names.iter().find(|(k, _)| *k == name) {
                Some(&(_, g)) => g,
                None => return self.err(format!("unknown group name '{}'", name), name_pos),
            }
        };
        let yes = self.sequence(flags, depth + 1)?;
        let no = if self.peek_is('|') {
            self.pos += 1;
            let n = self.sequence(flags, depth + 1)?;
            if self.peek_is('|') {
                return self.err("conditional backref with more than two branches", self.pos);
            }
            n
        } else {
            Node::Empty
        };
        if !self.peek_is(')') {
            return self.err("missing ), unterminated subpattern", start);
        }
        self.pos += 1;
        if group > self.groups {
            return self.err(format!("invalid group reference {}", group), name_pos);
        }
        Ok(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) })
    }

    /// Inline flags after `(?`: `(?flags)` (global: returns the flags and
    /// true) or `(?flags-flags:` (scoped: the flags in force inside).
    fn inline_flags(&mut self, flags: u32, start: usize, _at_start: bool) -> Result<(u32, bool), ParseError> {
        let flag_of = |c: char| -> Option<u32> {
            Some(match c {
                'i' => IGNORECASE,
                'L' => LOCALE,
                'm' => MULTILINE,
                's' => DOTALL,
                'x' => VERBOSE,
                'a' => ASCII,
                'u' => UNICODE,
                _ => return None,
            })
        };
        let mut add = 0;
        while let Some(f) = self.peek().and_then(|c| flag_of(ch(c))) {
            add |= f;
            self.pos += 1;
        }
        if self.is_bytes && add & UNICODE != 0 {
            return self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos);
        }
        if !self.is_bytes && add & LOCALE != 0 {
            return self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.pos);
        }
        if add & ASCII != 0 && add & UNICODE != 0 {
            return self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos);
        }
        match self.peek().map(ch) {
            Some(')') => {
                self.pos += 1;
                if start != 0 && !self.only_flags_before(start) {
                    return self.err("global flags not at the start of the expression", start);
                }
                return Ok((add, true));
            }
            Some(':') => {
                self.pos += 1;
                return Ok((self.with_charset(flags, add), false));
            }
            Some('-') => {}
            None => return self.err("missing -, : or )", self.pos),
            Some(c) => {
                let msg = if c.is_alphabetic() { "unknown flag" } else { "missing -, : or )" };
                return self.err(msg, self.pos);
            }
        }
        self.pos += 1;
        let mut del = 0;
        while let Some(c) = self.peek() {
            let c = ch(c);
            match flag_of(c) {
                Some(f) if f & (ASCII | UNICODE | LOCALE) == 0 => {
                    del |= f;
                    self.pos += 1;
                }
                Some(_) => return self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos),
                None => break,
            }
        }
        if del == 0 {
            return self.err("missing flag", self.pos);
        }
        if add & del != 0 {
            return self.err("bad inline flags: flag turned on and off", self.pos);
        }
        match self.peek().map(ch) {
            Some(':') => {
                self.pos += 1;
                Ok((self.with_charset(flags, add) & !del, false))
            }
            Some(c) if c.is_alphabetic() => self.err("unknown flag", self.pos),
            _ => self.err("missing :", self.pos),
        }
    }

    fn with_charset(&self, flags: u32, add: u32) -> u32 {
        let mut f = flags;
        if add & (ASCII | UNICODE | LOCALE) != 0 {
            f &= !(ASCII | UNICODE | LOCALE);
        }
        f | add
    }

    /// True when only global flag groups precede `start`.
    fn only_flags_before(&self, start: usize) -> bool {
        let mut i = 0;
        while i < start {
            if self.src[i] != '(' as u32 || self.src.get(i + 1) != Some(&('?' as u32)) {
                return false;
            }
            i += 2;
            while i < start && self.src[i] != ')' as u32 {
                if !"aiLmsux".contains(ch(self.src[i])) {
                    return false;
                }
                i += 1;
            }
            i += 1;
        }
        true
    }

    /// An escape outside a class, after the backslash.
    fn escape(&mut self, flags: u32) -> Result<Node, ParseError> {
        let start = self.pos - 1;
        let Some(c) = self.peek() else { return self.err("bad escape (end of pattern)", start) };
        self.pos += 1;
        let ascii = self.ascii_mode(flags);
        let cat = |item: ClassItem| Node::Set(Box::new(CharSet { items: vec![item], negated: false, ignore_case: false, ascii }));
        Ok(match ch(c) {
            'A' => Node::Assert(Assert::Start),
            'Z' => Node::Assert(Assert::TextEnd),
            'b' => Node::Assert(Assert::WordBoundary(ascii)),
            'B' => Node::Assert(Assert::NotWordBoundary(ascii)),
            'd' => cat(ClassItem::Digit(false)),
            'D' => cat(ClassItem::Digit(true)),
            's' => cat(ClassItem::Space(false)),
            'S' => cat(ClassItem::Space(true)),
            'w' => cat(ClassItem::Word(false)),
            'W' => cat(ClassItem::Word(true)),
            d if d.is_ascii_digit() => {
                // An octal escape, or a group reference.
                if d == '0' {
                    let v = self.octal_digits(c, 2);
                    return Ok(Node::Literal(v, flags & IGNORECASE != 0));
                }
                let mut digits = d.to_string();
                if let Some(c2) = self.peek().filter(|&c| is_digit(c)) {
                    let c3 = self.src.get(self.pos + 1).copied();
                    if is_oct(c) && is_oct(c2) && c3.is_some_and(is_oct) {
                        self.pos += 2;
                        let v = (c - 48) * 64 + (c2 - 48) * 8 + (c3.unwrap() - 48);
                        if v > 0o377 {
                            return self.err(format!("octal escape value \\{}{}{} outside of range 0-0o377", d, ch(c2), ch(c3.unwrap())), start);
                        }
                        return Ok(Node::Literal(v, flags & IGNORECASE != 0));
                    }
                    digits.push(ch(c2));
                    self.pos += 1;
                }
                let g: usize = digits.parse().unwrap();
                if g <= self.groups {
                    if !self.closed[g] {
                        return self.err("cannot refer to an open group", start);
                    }
                    if let Some(lb) = self.lookbehind_groups {
                        if g > lb {
                            return self.err("cannot refer to group defined in the same lookbehind subpattern", start);
                        }
                    }
                    return Ok(Node::Backref(g, flags & IGNORECASE != 0));
                }
                return self.err(format!("invalid group reference {}", g), start + 1);
            }
            _ => {
                let v = self.simple_escape(c, start)?;
                Node::Literal(v, flags & IGNORECASE != 0)
            }
        })
    }

    /// Up to `more` further octal digits after the first digit `first`.
    fn octal_digits(&mut self, first: u32, more: usize) -> u32 {
        let mut v = first - 48;
        for _ in 0..more {
            match self.peek().filter(|&c| is_oct(c)) {
                Some(c) => {
                    v = v * 8 + (c - 48);
                    self.pos += 1;
                }
                None => break,
            }
        }
        v
    }

    /// Escapes that stand for one character, inside or outside a class.
    fn simple_escape(&mut self, c: u32, start: usize) -> Result<u32, ParseError> {
        Ok(match ch(c) {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => '\\' as u32,
            'x' => self.hex_escape(2, start, 'x')?,
            'u' if !self.is_bytes => self.hex_escape(4, start, 'u')?,
            'U' if !self.is_bytes => {
                let v = self.hex_escape(8, start, 'U')?;
                if v > 0x10ffff {
                    return self.err(format!("bad escape \\{}", text(&self.src[start + 1..self.pos])), start);
                }
                v
            }
            'N' if !self.is_bytes => return self.err("\\N{...} escapes are not supported by quicken's re", start),
            other if other.is_ascii_alphanumeric() => return self.err(format!("bad escape \\{}", other), start),
            _ => c,
        })
    }

    fn hex_escape(&mut self, n: usize, start: usize, letter: char) -> Result<u32, ParseError> {
        let mut v = 0u32;
        let mut got = String::new();
        for _ in 0..n {
            match self.peek().and_then(|c| ch(c).to_digit(16)) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    got.push(ch(self.peek().unwrap()));
                    self.pos += 1;
                }
                None => return self.err(format!("incomplete escape \\{}{}", letter, got), start),
            }
        }
        Ok(v)
    }

    /// A character class after its `[`.
    fn class(&mut self, flags: u32, start: usize) -> Result<Node, ParseError> {
        let ascii = self.ascii_mode(flags);
        let mut set = CharSet { items: Vec::new(), negated: false, ignore_case: flags & IGNORECASE != 0, ascii };
        if self.peek_is('^') {
            self.pos += 1;
            set.negated = true;
        }
        let first = self.pos;
        loop {
            let Some(c) = self.peek() else { return self.err("unterminated character set", start) };
            let item_start = self.pos;
            self.pos += 1;
            if c == ']' as u32 && item_start != first {
                break;
            }
            let lo = match self.class_atom(c, item_start)? {
                Err(item) => {
                    set.items.push(item);
                    continue;
                }
                Ok(v) => v,
            };
            if self.peek_is('-') && self.src.get(self.pos + 1).is_some_and(|&c| c != ']' as u32) {
                self.pos += 1;
                let c2 = self.peek().unwrap();
                self.pos += 1;
                let hi = match self.class_atom(c2, self.pos - 1)? {
                    Ok(v) => v,
                    Err(_) => {
                        return self.err(format!("bad character range {}", text(&self.src[item_start..self.pos])), item_start);
                    }
                };
                if hi < lo {
                    return self.err(format!("bad character range {}", text(&self.src[item_start..self.pos])), item_start);
                }
                set.items.push(ClassItem::Range(lo, hi));
            } else {
                set.items.push(ClassItem::Range(lo, lo));
            }
        }
        if self.peek().is_none() && self.src.get(self.pos - 1) != Some(&(']' as u32)) {
            return self.err("unterminated character set", start);
        }
        Ok(Node::Set(Box::new(set)))
    }

    /// One class member: `Ok(code point)` or `Err(category)`.
    fn class_atom(&mut self, c: u32, start: usize) -> Result<Result<u32, ClassItem>, ParseError> {
        if c != '\\' as u32 {
            return Ok(Ok(c));
        }
        let Some(e) = self.peek() else { return self.err("unterminated character set", start) };
        self.pos += 1;
        Ok(match ch(e) {
            'd' => Err(ClassItem::Digit(false)),
            'D' => Err(ClassItem::Digit(true)),
            's' => Err(ClassItem::Space(false)),
            'S' => Err(ClassItem::Space(true)),
            'w' => Err(ClassItem::Word(false)),
            'W' => Err(ClassItem::Word(true)),
            'b' => Ok(8),
            d if is_oct(e) => {
                let v = self.octal_digits(e, 2);
                if v > 0o377 {
                    return self.err(format!("octal escape value \\{} outside of range 0-0o377", text(&self.src[start + 1..self.pos])), start);
                }
                let _ = d;
                Ok(v)
            }
            d if d.is_ascii_digit() => return self.err(format!("bad escape \\{}", d), start),
            _ => Ok(self.simple_escape(e, start)?),
        })
    }
}
