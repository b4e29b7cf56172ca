"""What SQLite can hold, read by the store and by everything that bounds a number from
outside before it gets there (parsing.whole, the web's ids), without importing the store."""

MAX_INTEGER = 2**63 - 1  # SQLite's integers are 64-bit; the driver refuses a larger int
