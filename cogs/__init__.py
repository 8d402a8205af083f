"""Discord adapters: parse a command, call the core (bot/), render the result as an embed. Import bot/, never the other way."""
