//! Keeping a rebuild's reading side from running far ahead of tantivy's
//! indexing threads.
//!
//! tantivy queues up to 10,000 batches of documents between the thread
//! that adds them and its indexing threads. Reading and preparing postings
//! is faster than indexing them, so without a limit most of a million
//! postings would wait in that queue, well over a gigabyte. Each document
//! handed over here carries a [`Ticket`]; the indexing thread drops the
//! document (and its ticket) once it is indexed, and the feeding thread
//! waits while too many tickets are out.

use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use tantivy::TantivyDocument;
use tantivy::schema::Document;

/// How long the feeding thread waits for the indexing threads before it
/// hands a batch over anyway. Only reached if they stopped (a failed
/// writer is then reported by the hand-over itself): indexing a batch
/// takes milliseconds.
const PATIENCE: Duration = Duration::from_secs(1);

/// Counts documents handed to the indexing threads and not yet indexed.
#[derive(Debug)]
pub struct InFlight {
    state: Mutex<State>,
    room: Condvar,
    limit: usize,
}

#[derive(Debug, Default)]
struct State {
    /// Documents out.
    out: usize,
    /// Room the feeding thread is waiting for (0 when it is not waiting),
    /// so that it is woken once, when there is enough, rather than for
    /// every document indexed.
    wanted: usize,
}

impl InFlight {
    /// At most about `limit` documents out at a time.
    pub fn new(limit: usize) -> Arc<Self> {
        Arc::new(Self {
            state: Mutex::new(State::default()),
            room: Condvar::new(),
            limit,
        })
    }

    /// Waits until `n` more documents fit under the limit (or the
    /// indexing threads stopped taking any for a while), then counts them
    /// out.
    pub fn make_room(&self, n: usize) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.has_room(state.out, n) {
            state.wanted = n;
            state = self
                .room
                .wait_timeout_while(state, PATIENCE, |state| !self.has_room(state.out, n))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
            state.wanted = 0;
        }
        state.out += n;
    }

    /// Whether `n` more documents fit with `out` already out. A batch
    /// larger than the limit still goes when nothing else is out.
    fn has_room(&self, out: usize, n: usize) -> bool {
        out == 0 || out + n <= self.limit
    }

    /// How many documents are out now.
    #[cfg(test)]
    pub fn out(&self) -> usize {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .out
    }

    fn release(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.out = state.out.saturating_sub(1);
        let wake = state.wanted > 0 && self.has_room(state.out, state.wanted);
        drop(state);
        if wake {
            self.room.notify_one();
        }
    }
}

/// A document on its way to the indexing threads; counted in until
/// dropped.
#[derive(Debug)]
pub struct Ticketed {
    doc: TantivyDocument,
    _ticket: Ticket,
}

impl Ticketed {
    /// `doc`, counted against `in_flight` (which must have made room for
    /// it) until it is dropped.
    pub fn new(doc: TantivyDocument, in_flight: &Arc<InFlight>) -> Self {
        Self {
            doc,
            _ticket: Ticket(Arc::clone(in_flight)),
        }
    }
}

#[derive(Debug)]
struct Ticket(Arc<InFlight>);

impl Drop for Ticket {
    fn drop(&mut self) {
        self.0.release();
    }
}

impl Document for Ticketed {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.doc.iter_fields_and_values()
    }

    fn into_tantivy_document(self) -> TantivyDocument {
        self.doc
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use tantivy::schema::{Field, Schema, TEXT};

    use super::*;

    fn has_field(doc: &Ticketed, field: Field) -> bool {
        doc.iter_fields_and_values().any(|(f, _)| f == field)
    }

    #[test]
    fn tickets_count_documents_until_they_are_dropped() {
        let mut schema = Schema::builder();
        let title = schema.add_text_field("title", TEXT);
        let _ = schema.build();
        let in_flight = InFlight::new(3);
        in_flight.make_room(2);
        let mut first = TantivyDocument::new();
        first.add_text(title, "công nhân may");
        let first = Ticketed::new(first, &in_flight);
        let second = Ticketed::new(TantivyDocument::new(), &in_flight);
        assert!(has_field(&first, title));
        assert!(!has_field(&second, title));
        assert_eq!(in_flight.out(), 2);

        // Room for two more only once one is dropped by another thread.
        let started = Instant::now();
        let dropper = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            drop(first);
        });
        in_flight.make_room(2);
        assert!(started.elapsed() >= Duration::from_millis(50));
        assert!(started.elapsed() < PATIENCE);
        dropper.join().expect("dropping thread");
        assert_eq!(in_flight.out(), 3);
        drop(second);
        assert_eq!(in_flight.out(), 2);
    }

    #[test]
    fn a_stalled_consumer_only_delays_the_feeder() {
        let in_flight = InFlight::new(1);
        in_flight.make_room(1);
        let started = Instant::now();
        in_flight.make_room(1);
        assert!(started.elapsed() >= PATIENCE);
        assert_eq!(in_flight.out(), 2);
    }
}
