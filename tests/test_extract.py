"""Main-text extraction from article pages, many at once (the first use imports trafilatura in threads)."""

import asyncio
import subprocess
import sys

PAGE = """<html><body><div class="ad">Click to Skip Ad</div><nav>Home News Reviews</nav><article>
<h1>Netflix renews Jessica Jones</h1><p>Netflix announced that Jessica Jones would return for a second season,
the streamer said on Sunday, confirming a pickup that fans had hoped for since the first season arrived.</p>
<p>Showrunner Melissa Rosenberg said she wants to continue with the character and explore her past.</p>
</article><footer>Share on Facebook</footer></body></html>"""


def test_concurrent_first_use_in_a_fresh_interpreter():
    code = (
        "import asyncio\n"
        "from bot.ingest.full_text import extract_main_text\n"
        f"PAGE = {PAGE!r}\n"
        "async def main():\n"
        "    return await asyncio.gather(\n"
        "        *(extract_main_text(PAGE, 'http://x.example/a', timeout=60) for _ in range(8))\n"
        "    )\n"
        "texts = asyncio.run(main())\n"
        "assert all(t and 'second season' in t and 'Skip Ad' not in t for t in texts), texts\n"
        "print('ok', len(texts))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "ok 8" in r.stdout, r.stderr


def test_a_page_without_text_gives_none():
    from bot.ingest.full_text import extract_main_text

    assert asyncio.run(extract_main_text("<html><body></body></html>", None)) is None
