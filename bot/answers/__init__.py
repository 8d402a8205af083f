"""Questions → sourced answers: parsing a question, composing the answer from stories and facts, the per-member cooldown. May import understand (numbers), store, models."""
