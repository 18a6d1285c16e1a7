//! A backtracking matcher with Python's `re` semantics: leftmost-first
//! alternation, greedy/lazy/possessive repeats, backreferences, lookaround,
//! atomic groups and conditionals; positions are code-point indices.
//!
//! The tree from [`super::parse`] is compiled to a small instruction list.
//! Choice points and undo records for captures and loop registers share one
//! explicit stack, so backtracking restores exactly the state a choice point
//! saw and deep patterns never recurse on the Rust stack (only lookarounds
//! and atomic groups run their body as a nested match).

use super::parse::{Assert, CharSet, ClassItem, Greed, Node, MAX_REPEAT};

/// The subject of a match: code points by index.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
}

impl Text for [u8] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Text for [char] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

/// Simple case folding: the lowercase of `c` when it is one code point.
pub fn fold(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    let Some(ch) = char::from_u32(c) else { return c };
    let mut lower = ch.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// Upper case of `c` when it is one code point.
fn upper(c: u32) -> u32 {
    let Some(ch) = char::from_u32(c) else { return c };
    let mut up = ch.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// `\w` under the pattern's charset.
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && char::from_u32(c).is_some_and(crate::builtins::str_is_alnum)
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    !ascii && char::from_u32(c).is_some_and(crate::builtins::str_is_decimal)
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return matches!(c as u8, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && char::from_u32(c).is_some_and(crate::builtins::str_is_space)
}

impl CharSet {
    fn contains_exact(&self, c: u32) -> bool {
        self.items.iter().any(|item| match *item {
            ClassItem::Range(lo, hi) => lo <= c && c <= hi,
            ClassItem::Digit(neg) => is_digit(c, self.ascii) != neg,
            ClassItem::Space(neg) => is_space(c, self.ascii) != neg,
            ClassItem::Word(neg) => is_word(c, self.ascii) != neg,
        })
    }
    /// True when `c` is in the set.
    pub fn matches(&self, c: u32) -> bool {
        let mut hit = self.contains_exact(c);
        if !hit && self.ignore_case {
            let ascii_only = self.ascii && c >= 128;
            if !ascii_only {
                let l = fold(c, self.ascii);
                let u = if self.ascii { (c as u8 as char).to_ascii_uppercase() as u32 } else { upper(c) };
                hit = (l != c && self.contains_exact(l)) || (u != c && self.contains_exact(u));
            }
        }
        hit != self.negated
    }
}

/// Something that matches exactly one character.
#[derive(Clone, Debug)]
pub enum Item {
    Lit(u32),
    /// A literal compared after folding (the folded form, ascii-only?).
    LitFold(u32, bool),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    Set(Box<CharSet>),
}

impl Item {
    #[inline(always)]
    fn matches(&self, c: u32) -> bool {
        match self {
            Item::Lit(l) => c == *l,
            Item::LitFold(l, ascii) => fold(c, *ascii) == *l,
            Item::Any => c != '\n' as u32,
            Item::AnyAll => true,
            Item::Set(s) => s.matches(c),
        }
    }
}

/// One instruction.
#[derive(Clone, Debug)]
enum Inst {
    /// The whole pattern matched.
    Match,
    /// A lookaround or atomic body matched.
    SubMatch,
    One(Item),
    Assert(Assert),
    /// Sets capture slot `n` to the position.
    Save(usize),
    /// Tries `pc + 1`, then `alt`.
    Split(usize),
    /// Tries `alt`, then `pc + 1` (lazy `?`).
    SplitLazy(usize),
    Jmp(usize),
    Backref { group: usize, fold: bool, ascii: bool },
    /// A lookaround whose body starts at `pc + 1` and ends with `SubMatch`;
    /// `next` is the instruction after it.
    Look { behind: bool, negate: bool, width: usize, next: usize },
    /// An atomic group (body as for `Look`).
    Atomic { next: usize },
    /// Continues at `pc + 1` when the group matched, else at `no`.
    GroupExists { group: usize, no: usize },
    /// A repeat of one single-character item; `follow` is a literal that
    /// must come next (skips hopeless backtracking positions).
    Single { item: Item, min: usize, max: usize, greed: Greed, follow: Option<u32> },
    /// Starts a general repeat: resets register `reg`.
    RepInit { reg: usize },
    /// The head of a general repeat: body at `pc + 1`, which jumps back here.
    RepLoop { reg: usize, min: usize, max: usize, lazy: bool, exit: usize },
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    insts: Vec<Inst>,
    /// Number of capturing groups (not counting group 0).
    pub groups: usize,
    regs: usize,
    /// Matches can only start at position 0.
    anchored: bool,
    /// Every match starts with this literal.
    first: Option<u32>,
}

struct Compiler {
    insts: Vec<Inst>,
    regs: usize,
}

fn single_item(node: &Node) -> Option<Item> {
    Some(match node {
        Node::Literal(c, false) => Item::Lit(*c),
        Node::Literal(c, true) => Item::LitFold(fold(*c, false), false),
        Node::Any(false) => Item::Any,
        Node::Any(true) => Item::AnyAll,
        Node::Set(s) => Item::Set(s.clone()),
        Node::Group(None, n) => return single_item(n),
        _ => return None,
    })
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }
    fn here(&self) -> usize {
        self.insts.len()
    }
    fn node(&mut self, node: &Node, ascii: bool) {
        match node {
            Node::Empty => {}
            Node::Literal(..) | Node::Any(_) | Node::Set(_) => {
                let mut item = single_item(node).unwrap();
                if let (Item::LitFold(c, _), Node::Literal(orig, true)) = (&mut item, node) {
                    *c = fold(*orig, ascii);
                    item = Item::LitFold(*c, ascii);
                }
                self.emit(Inst::One(item));
            }
            Node::Seq(v) => {
                for n in v {
                    self.node(n, ascii);
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.emit(Inst::Split(0));
                        self.node(b, ascii);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.here();
                        self.insts[split] = Inst::Split(next);
                    } else {
                        self.node(b, ascii);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, n) => {
                if let Some(g) = g {
                    self.emit(Inst::Save(2 * g));
                }
                self.node(n, ascii);
                if let Some(g) = g {
                    self.emit(Inst::Save(2 * g + 1));
                }
            }
            Node::Repeat { node, min, max, greed } => self.repeat(node, *min, *max, *greed, ascii),
            Node::Assert(a) => {
                self.emit(Inst::Assert(*a));
            }
            Node::Backref(g, f) => {
                self.emit(Inst::Backref { group: *g, fold: *f, ascii });
            }
            Node::Look { behind, negate, node } => {
                let width = node.width().0;
                let at = self.emit(Inst::Look { behind: *behind, negate: *negate, width, next: 0 });
                self.node(node, ascii);
                self.emit(Inst::SubMatch);
                let next = self.here();
                self.insts[at] = Inst::Look { behind: *behind, negate: *negate, width, next };
            }
            Node::Atomic(node) => self.atomic(|c| c.node(node, ascii)),
            Node::Cond { group, yes, no } => {
                let at = self.emit(Inst::GroupExists { group: *group, no: 0 });
                self.node(yes, ascii);
                let j = self.emit(Inst::Jmp(0));
                let no_at = self.here();
                self.node(no, ascii);
                let end = self.here();
                self.insts[at] = Inst::GroupExists { group: *group, no: no_at };
                self.insts[j] = Inst::Jmp(end);
            }
        }
    }
    fn atomic(&mut self, body: impl FnOnce(&mut Compiler)) {
        let at = self.emit(Inst::Atomic { next: 0 });
        body(self);
        self.emit(Inst::SubMatch);
        let next = self.here();
        self.insts[at] = Inst::Atomic { next };
    }
    fn repeat(&mut self, node: &Node, min: usize, max: usize, greed: Greed, ascii: bool) {
        if let Some(mut item) = single_item(node) {
            if let (Item::LitFold(..), Node::Literal(orig, true)) = (&item, node) {
                item = Item::LitFold(fold(*orig, ascii), ascii);
            }
            self.emit(Inst::Single { item, min, max, greed, follow: None });
            return;
        }
        if greed == Greed::Possessive {
            self.atomic(|c| c.repeat(node, min, max, Greed::Greedy, ascii));
            return;
        }
        let lazy = greed == Greed::Lazy;
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0));
            self.node(node, ascii);
            let end = self.here();
            self.insts[split] = if lazy { Inst::SplitLazy(end) } else { Inst::Split(end) };
            return;
        }
        let reg = self.regs;
        self.regs += 1;
        self.emit(Inst::RepInit { reg });
        let head = self.emit(Inst::RepLoop { reg, min, max, lazy, exit: 0 });
        self.node(node, ascii);
        self.emit(Inst::Jmp(head));
        let exit = self.here();
        self.insts[head] = Inst::RepLoop { reg, min, max, lazy, exit };
    }
}

/// Compiles a parsed pattern.
pub fn compile(node: &Node, groups: usize, ascii: bool) -> Program {
    let mut c = Compiler { insts: Vec::new(), regs: 0 };
    c.node(node, ascii);
    c.emit(Inst::Match);
    // Literals that must follow a single-item repeat.
    for i in 0..c.insts.len() {
        let next_lit = match c.insts.get(i + 1) {
            Some(Inst::One(Item::Lit(l))) => Some(*l),
            _ => None,
        };
        if let Inst::Single { follow, greed: Greed::Greedy, .. } = &mut c.insts[i] {
            *follow = next_lit;
        }
    }
    let anchored = matches!(c.insts.first(), Some(Inst::Assert(Assert::Start)));
    let first = first_literal(&c.insts);
    Program { insts: c.insts, groups, regs: c.regs, anchored, first }
}

fn first_literal(insts: &[Inst]) -> Option<u32> {
    for inst in insts {
        match inst {
            Inst::Save(_) => continue,
            Inst::One(Item::Lit(c)) => return Some(*c),
            Inst::Single { item: Item::Lit(c), min, .. } if *min > 0 => return Some(*c),
            _ => return None,
        }
    }
    None
}

/// A backtracking record.
enum Bt {
    /// Resume at `pc`, `pos`.
    Alt { pc: usize, pos: usize },
    /// Undo a capture slot.
    Slot { slot: usize, old: usize },
    /// Undo a loop register.
    Reg { reg: usize, old: (usize, usize) },
    /// Undo `lastindex`.
    LastIndex(isize),
    /// A greedy single repeat that can give back characters down to `min_pos`.
    Greedy { next: usize, min_pos: usize, cur: usize, follow: Option<u32> },
    /// A lazy single repeat that can take one more character up to `limit`.
    Lazy { pc: usize, cur: usize, limit: usize },
    /// A lazy general repeat that can run one more iteration.
    LazyLoop { pc: usize, pos: usize },
}

const UNSET: usize = usize::MAX;

/// The state of one search.
pub struct Matcher<'p, 't, T: Text + ?Sized> {
    prog: &'p Program,
    text: &'t T,
    /// The end of the subject (`endpos`).
    end: usize,
    /// Capture slots: group g at 2g (start) and 2g+1 (end).
    pub slots: Vec<usize>,
    regs: Vec<(usize, usize)>,
    /// The last group closed (CPython's `lastindex`), -1 for none.
    pub lastindex: isize,
    stack: Vec<Bt>,
    /// Where the current attempt started.
    start: usize,
    /// A match must end at `end` (fullmatch).
    pub match_all: bool,
    /// An empty match at the starting position is refused (after an empty
    /// match in findall/sub/split/finditer).
    pub must_advance: bool,
}

impl<'p, 't, T: Text + ?Sized> Matcher<'p, 't, T> {
    /// A matcher over `text[..end]`.
    pub fn new(prog: &'p Program, text: &'t T, end: usize) -> Self {
        Matcher {
            prog,
            text,
            end: end.min(text.len()),
            slots: vec![UNSET; 2 * (prog.groups + 1)],
            regs: vec![(0, UNSET); prog.regs],
            lastindex: -1,
            stack: Vec::new(),
            start: 0,
            match_all: false,
            must_advance: false,
        }
    }

    /// The span of group `g` after a successful match.
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        (s != UNSET && e != UNSET).then_some((s, e))
    }

    fn reset(&mut self) {
        self.slots.iter_mut().for_each(|s| *s = UNSET);
        self.regs.iter_mut().for_each(|r| *r = (0, UNSET));
        self.lastindex = -1;
        self.stack.clear();
    }

    /// A match starting exactly at `pos`.
    pub fn match_at(&mut self, pos: usize) -> bool {
        if pos > self.end {
            return false;
        }
        self.reset();
        self.start = pos;
        match self.run(0, pos, 0, true) {
            Some(e) => {
                self.slots[0] = pos;
                self.slots[1] = e;
                true
            }
            None => false,
        }
    }

    /// The leftmost match starting at or after `pos`.
    pub fn search(&mut self, pos: usize) -> bool {
        if pos > self.end {
            return false;
        }
        if self.prog.anchored {
            return pos == 0 && self.match_at(0);
        }
        let mut start = pos;
        loop {
            if let Some(first) = self.prog.first {
                while start < self.end && self.text.at(start) != first {
                    start += 1;
                }
                if start >= self.end {
                    return false;
                }
            }
            if self.match_at(start) {
                return true;
            }
            self.must_advance = false;
            if start >= self.end {
                return false;
            }
            start += 1;
        }
    }

    fn set_slot(&mut self, slot: usize, pos: usize) {
        self.stack.push(Bt::Slot { slot, old: self.slots[slot] });
        self.slots[slot] = pos;
        if slot & 1 == 1 {
            self.stack.push(Bt::LastIndex(self.lastindex));
            self.lastindex = (slot / 2) as isize;
        }
    }

    fn set_reg(&mut self, reg: usize, v: (usize, usize)) {
        self.stack.push(Bt::Reg { reg, old: self.regs[reg] });
        self.regs[reg] = v;
    }

    fn is_word_at(&self, i: usize, ascii: bool) -> bool {
        i < self.end && is_word(self.text.at(i), ascii)
    }

    fn assert(&self, a: Assert, pos: usize) -> bool {
        let nl = '\n' as u32;
        match a {
            Assert::Start => pos == 0,
            Assert::LineStart => pos == 0 || self.text.at(pos - 1) == nl,
            Assert::End => pos == self.end || (pos + 1 == self.end && self.text.at(pos) == nl),
            Assert::LineEnd => pos == self.end || self.text.at(pos) == nl,
            Assert::TextEnd => pos == self.end,
            Assert::WordBoundary(ascii) => {
                self.end != 0 && (pos > 0 && self.is_word_at(pos - 1, ascii)) != self.is_word_at(pos, ascii)
            }
            Assert::NotWordBoundary(ascii) => {
                self.end != 0 && (pos > 0 && self.is_word_at(pos - 1, ascii)) == self.is_word_at(pos, ascii)
            }
        }
    }

    /// Pops records above `base` until a choice point; its resume state.
    fn backtrack(&mut self, base: usize) -> Option<(usize, usize)> {
        while self.stack.len() > base {
            match self.stack.pop().unwrap() {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Slot { slot, old } => self.slots[slot] = old,
                Bt::Reg { reg, old } => self.regs[reg] = old,
                Bt::LastIndex(old) => self.lastindex = old,
                Bt::Greedy { next, min_pos, mut cur, follow } => {
                    // Give back one character (or skip to where the literal
                    // that follows can match).
                    loop {
                        if cur == min_pos {
                            break;
                        }
                        cur -= 1;
                        if follow.is_none_or(|f| cur < self.end && self.text.at(cur) == f) {
                            if cur > min_pos {
                                self.stack.push(Bt::Greedy { next, min_pos, cur, follow });
                            }
                            return Some((next, cur));
                        }
                    }
                }
                Bt::Lazy { pc, cur, limit } => {
                    let Inst::Single { item, .. } = &self.prog.insts[pc] else { unreachable!() };
                    if cur < limit && cur < self.end && item.matches(self.text.at(cur)) {
                        if cur + 1 < limit {
                            self.stack.push(Bt::Lazy { pc, cur: cur + 1, limit });
                        }
                        return Some((pc + 1, cur + 1));
                    }
                }
                Bt::LazyLoop { pc, pos } => {
                    let Inst::RepLoop { reg, .. } = self.prog.insts[pc] else { unreachable!() };
                    let (count, _) = self.regs[reg];
                    self.set_reg(reg, (count + 1, pos));
                    return Some((pc + 1, pos));
                }
            }
        }
        None
    }

    /// Drops the choice points above `base`, keeping the undo records (a
    /// lookahead or atomic group that matched commits to its first way).
    fn commit(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if matches!(self.stack[r], Bt::Slot { .. } | Bt::Reg { .. } | Bt::LastIndex(_)) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undoes everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop().unwrap() {
                Bt::Slot { slot, old } => self.slots[slot] = old,
                Bt::Reg { reg, old } => self.regs[reg] = old,
                Bt::LastIndex(old) => self.lastindex = old,
                _ => {}
            }
        }
    }

    /// Runs from `pc` at `pos`; the end position of the first success.
    /// Records below `base` belong to the caller.
    fn run(&mut self, mut pc: usize, mut pos: usize, base: usize, toplevel: bool) -> Option<usize> {
        let insts = &self.prog.insts;
        loop {
            let ok = match &insts[pc] {
                Inst::One(item) => {
                    if pos < self.end && item.matches(self.text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Match => {
                    if toplevel && ((self.match_all && pos != self.end) || (self.must_advance && pos == self.start)) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
                Inst::SubMatch => return Some(pos),
                Inst::Assert(a) => {
                    if self.assert(*a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Save(slot) => {
                    self.set_slot(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(alt) => {
                    self.stack.push(Bt::Alt { pc: *alt, pos });
                    pc += 1;
                    true
                }
                Inst::SplitLazy(alt) => {
                    self.stack.push(Bt::Alt { pc: pc + 1, pos });
                    pc = *alt;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Backref { group, fold: f, ascii } => match self.span(*group) {
                    Some((s, e)) => {
                        let n = e - s;
                        let fits = pos + n <= self.end
                            && (0..n).all(|k| {
                                let (a, b) = (self.text.at(s + k), self.text.at(pos + k));
                                a == b || (*f && fold(a, *ascii) == fold(b, *ascii))
                            });
                        if fits {
                            pos += n;
                            pc += 1;
                        }
                        fits
                    }
                    None => false,
                },
                Inst::Look { behind, negate, width, next } => {
                    let (behind, negate, width, next) = (*behind, *negate, *width, *next);
                    let from = if behind { pos.checked_sub(width) } else { Some(pos) };
                    match from {
                        None => {
                            if negate {
                                pc = next;
                            }
                            negate
                        }
                        Some(from) => {
                            let b = self.stack.len();
                            let saved_end = self.end;
                            if behind {
                                self.end = pos;
                            }
                            let r = self.run(pc + 1, from, b, false);
                            self.end = saved_end;
                            let matched = r.is_some();
                            if matched {
                                if negate {
                                    self.unwind(b);
                                } else {
                                    self.commit(b);
                                }
                            }
                            if matched != negate {
                                pc = next;
                                true
                            } else {
                                false
                            }
                        }
                    }
                }
                Inst::Atomic { next } => {
                    let next = *next;
                    let b = self.stack.len();
                    match self.run(pc + 1, pos, b, false) {
                        Some(e) => {
                            self.commit(b);
                            pos = e;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::GroupExists { group, no } => {
                    pc = if self.span(*group).is_some() { pc + 1 } else { *no };
                    true
                }
                Inst::Single { item, min, max, greed, follow } => {
                    let (min, max) = (*min, *max);
                    let room = self.end - pos;
                    if room < min {
                        false
                    } else {
                        match greed {
                            Greed::Greedy | Greed::Possessive => {
                                let limit = if max == MAX_REPEAT { room } else { max.min(room) };
                                let mut n = 0;
                                while n < limit && item.matches(self.text.at(pos + n)) {
                                    n += 1;
                                }
                                if n < min {
                                    false
                                } else {
                                    if n > min && *greed == Greed::Greedy {
                                        self.stack.push(Bt::Greedy { next: pc + 1, min_pos: pos + min, cur: pos + n, follow: *follow });
                                        if let Some(f) = follow {
                                            // Start at the last position where the literal can follow.
                                            let mut cur = pos + n;
                                            while cur > pos + min && !(cur < self.end && self.text.at(cur) == *f) {
                                                cur -= 1;
                                            }
                                            if let Some(Bt::Greedy { cur: c, .. }) = self.stack.last_mut() {
                                                *c = cur;
                                            }
                                            if cur == pos + min {
                                                self.stack.pop();
                                            }
                                            n = cur - pos;
                                        }
                                    }
                                    pos += n;
                                    pc += 1;
                                    true
                                }
                            }
                            Greed::Lazy => {
                                if (0..min).all(|k| item.matches(self.text.at(pos + k))) {
                                    pos += min;
                                    let limit = if max == MAX_REPEAT { usize::MAX } else { pos - min + max };
                                    if pos < limit {
                                        self.stack.push(Bt::Lazy { pc, cur: pos, limit });
                                    }
                                    pc += 1;
                                    true
                                } else {
                                    false
                                }
                            }
                        }
                    }
                }
                Inst::RepInit { reg } => {
                    self.set_reg(*reg, (0, UNSET));
                    pc += 1;
                    true
                }
                Inst::RepLoop { reg, min, max, lazy, exit } => {
                    let (reg, min, max, lazy, exit) = (*reg, *min, *max, *lazy, *exit);
                    let (count, last) = self.regs[reg];
                    if count < min {
                        self.set_reg(reg, (count + 1, pos));
                        pc += 1;
                    } else if count >= max || pos == last {
                        pc = exit;
                    } else if lazy {
                        self.stack.push(Bt::LazyLoop { pc, pos });
                        pc = exit;
                    } else {
                        self.stack.push(Bt::Alt { pc: exit, pos });
                        self.set_reg(reg, (count + 1, pos));
                        pc += 1;
                    }
                    true
                }
            };
            if !ok {
                match self.backtrack(base) {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return None,
                }
            }
        }
    }
}
