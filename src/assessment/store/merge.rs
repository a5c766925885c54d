//! Combining another copy of the data (another tab's, or an import) into
//! ours: per answer, action and note the newer edit wins; assessments from
//! either side are kept unless deleted on either side.

use super::model::{Assessment, Stamped, Store};
use crate::assessment::node_map::NodeMap;

impl Store {
    pub fn merge(&mut self, other: &Store) {
        let current = self.current().clone();
        // An untouched assessment the other copy does not know was never
        // saved (a fresh tab's placeholder): theirs replaces it.
        self.assessments.retain(|a| !a.is_pristine() || other.assessments.iter().any(|b| b.id == a.id));
        for id in &other.deleted {
            self.remember_deleted(id);
        }
        for theirs in &other.assessments {
            match self.assessments.iter_mut().find(|a| a.id == theirs.id) {
                Some(ours) => ours.merge(theirs),
                None => self.assessments.push(theirs.clone()),
            }
        }
        let deleted = self.deleted.clone();
        self.assessments.retain(|a| !deleted.contains(&a.id));
        // Each side deleted the other's last assessment: keep ours, not nothing.
        if self.assessments.is_empty() {
            self.deleted.retain(|id| *id != current.id);
            self.assessments.push(current);
        }
        if !self.assessments.iter().any(|a| a.id == self.current) {
            let theirs = self.assessments.iter().find(|a| a.id == other.current).or(self.assessments.first());
            self.current = theirs.map(|a| a.id.clone()).unwrap_or_default();
        }
    }

    /// How many partnerships merging `other` in would leave.
    pub fn merged_count(&self, other: &Store) -> usize {
        let mut merged = self.clone();
        merged.merge(other);
        merged.assessments.len()
    }
}

impl Assessment {
    fn merge(&mut self, other: &Assessment) {
        if other.label_t > self.label_t {
            self.label = other.label.clone();
            self.label_t = other.label_t;
        }
        if other.link_label_t > self.link_label_t {
            self.link_label = other.link_label.clone();
            self.link_label_t = other.link_label_t;
        }
        merge_stamped(&mut self.answers, &other.answers);
        merge_stamped(&mut self.actions, &other.actions);
        merge_stamped(&mut self.notes, &other.notes);
        for theirs in &other.agreed {
            match self.agreed.iter_mut().find(|a| a.key == theirs.key) {
                Some(ours) if theirs.t > ours.t => ours.clone_from(theirs),
                Some(_) => {}
                None => self.agreed.push(theirs.clone()),
            }
        }
        self.keep_agreed_within_limit();
        if !std::rc::Rc::ptr_eq(&self.snapshots, &other.snapshots) {
            let missing: Vec<_> = other.snapshots.iter().filter(|s| !self.snapshots.contains(s)).cloned().collect();
            if !missing.is_empty() {
                std::rc::Rc::make_mut(&mut self.snapshots).extend(missing);
                self.keep_newest_snapshots();
            }
        }
    }
}

fn merge_stamped<T: Clone>(ours: &mut NodeMap<Stamped<T>>, theirs: &NodeMap<Stamped<T>>) {
    for (key, value) in theirs {
        if ours.get(key).is_none_or(|mine| value.t > mine.t) {
            ours.insert(key.clone(), value.clone());
        }
    }
}
