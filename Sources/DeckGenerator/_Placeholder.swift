// Placeholder until this target's first source file lands; delete it then.
enum _PlaceholderDeckGenerator {}
