//! Answers on their way to the reducer. A click checks its radio at once
//! (the browser does, and the styles mark the choice from `:checked`); the
//! answer reaches the app state after that frame is painted. Before that
//! paint only the clicked statement renders (to show its Clear button), so
//! a click shows almost as fast as on a page without the app; the score,
//! progress and diagram follow one frame later. Leaving the page (or removing the widget)
//! hands over what is waiting at once (`persistence`), so it is saved.

use std::cell::RefCell;
use std::rc::Rc;

use crate::assessment::Answer;
use crate::browser::{clock, page};
use crate::state::{Action, AppState};

/// The reducer's dispatcher (`ui::context::Dispatch`, named here in full:
/// the context imports this file).
type Dispatch = yew::UseReducerDispatcher<AppState>;

struct Given {
    node: &'static str,
    answer: Answer,
    at: f64,
}

struct Queue {
    dispatch: Dispatch,
    given: RefCell<Vec<Given>>,
    /// The hand-over after the next paint. Left in place once it has run
    /// (it runs inside its own callback, which must not drop it) and
    /// replaced by the next one.
    after_paint: RefCell<Option<page::AfterPaint>>,
}

/// The app's answers not yet in its state (a service; one per app).
#[derive(Clone)]
pub struct Answers(Rc<Queue>);

impl PartialEq for Answers {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Answers {
    pub fn new(dispatch: Dispatch) -> Answers {
        Answers(Rc::new(Queue { dispatch, given: RefCell::default(), after_paint: RefCell::default() }))
    }

    /// `answer` was chosen for `node`: handed over after the next paint.
    pub fn give(&self, node: &'static str, answer: Answer) {
        let queue = &self.0;
        let first = {
            let mut given = queue.given.borrow_mut();
            given.retain(|g| g.node != node);
            given.push(Given { node, answer, at: clock::now_ms() });
            given.len() == 1
        };
        if first {
            // Weak: the queue keeps the guard, which keeps this callback.
            let later = Rc::downgrade(&self.0);
            *queue.after_paint.borrow_mut() = Some(page::after_next_paint(move || {
                if let Some(queue) = later.upgrade() {
                    hand_over(&queue);
                }
            }));
        }
    }

    /// The answer on its way for `node`, which its radio already shows.
    pub fn shown(&self, node: &str) -> Option<Answer> {
        self.0.given.borrow().iter().find(|g| g.node == node).map(|g| g.answer)
    }

    /// Drops an answer not yet handed over (its statement was cleared).
    pub fn withdraw(&self, node: &str) {
        self.0.given.borrow_mut().retain(|g| g.node != node);
    }

    /// Hands over what is waiting now (the page is being left).
    pub fn hand_over(&self) {
        hand_over(&self.0);
    }
}

/// Hands every waiting answer to the reducer, in the order given.
fn hand_over(queue: &Queue) {
    for Given { node, answer, at } in queue.given.take() {
        queue.dispatch.dispatch(Action::Answer { node, answer: Some(answer), at });
    }
}
