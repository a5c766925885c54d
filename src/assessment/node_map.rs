//! A map from node id to a value, kept sorted by id. Our maps hold at most a
//! few dozen entries: a sorted `Vec` is as quick as a `BTreeMap` at that size,
//! and its code is a fraction of the size in the WebAssembly.

use std::ops::Index;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for NodeMap<V> {
    fn default() -> Self {
        NodeMap { entries: Vec::new() }
    }
}

impl<V> NodeMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn position(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.position(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    /// Sets `key`'s value, returning the one it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.position(key).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in id order.
    pub fn iter(&self) -> Entries<'_, V> {
        self.into_iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> + Clone {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> + Clone {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<V> Extend<(String, V)> for NodeMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, items: I) {
        for (key, value) in items {
            self.insert(key, value);
        }
    }
}

impl<V> FromIterator<(String, V)> for NodeMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> Self {
        let mut map = NodeMap::new();
        map.extend(items);
        map
    }
}

type Entries<'a, V> = std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;

impl<'a, V> IntoIterator for &'a NodeMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = Entries<'a, V>;
    fn into_iter(self) -> Entries<'a, V> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<V> Index<&str> for NodeMap<V> {
    type Output = V;
    fn index(&self, key: &str) -> &V {
        self.get(key).expect("no entry for this node id")
    }
}

/// In a deserialisation error: the map lists one key twice.
pub const DUPLICATE: &str = "a node id appears twice";
/// In a deserialisation error: more entries than there are statements.
pub const FLOOD: &str = "more entries than there are statements";

impl<V: serde::Serialize> serde::Serialize for NodeMap<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// Read as a JSON object of node id → value. No more entries than there are
/// statements, checked as they arrive, so a flood is refused before it is
/// sorted in; a key listed twice is refused rather than one silently lost.
impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for NodeMap<V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
            type Value = NodeMap<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of node ids")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<NodeMap<V>, A::Error> {
                use serde::de::Error;
                let mut out = NodeMap::new();
                while let Some((key, value)) = map.next_entry::<String, V>()? {
                    if out.len() >= super::statements::STATEMENTS.len() {
                        return Err(A::Error::custom(FLOOD));
                    }
                    if out.insert(key, value).is_some() {
                        return Err(A::Error::custom(DUPLICATE));
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_like_a_sorted_map() {
        let mut map: NodeMap<u8> =
            [("b", 2), ("a", 1), ("c", 3)].map(|(k, v)| (k.to_string(), v)).into_iter().collect();
        assert_eq!(map.keys().map(String::as_str).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(map.insert("b".into(), 20), Some(2), "replaces and returns the old value");
        assert_eq!(map["b"], 20);
        assert_eq!(map.remove("a"), Some(1));
        assert_eq!((map.get("a"), map.contains_key("c"), map.len()), (None, true, 2));
        assert_eq!(map.values().copied().collect::<Vec<_>>(), [20, 3]);
    }
}
