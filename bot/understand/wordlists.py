"""Word lists written as blocks of text: long lists stay readable and a formatter keeps them compact."""


def words(text: str) -> set[str]:
    """The whitespace-separated words of `text`, as a set."""
    return set(text.split())
