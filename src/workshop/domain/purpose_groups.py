"""1-2-4-all grouping proposals from the similarity of purpose statements.

Pairs by default join the *least* similar statements, so that each blend has
to cross a difference; ``most_similar=True`` joins the closest instead. Fours
join two pairs the same way. An odd one out joins the group it fits (or
differs from) most, making one group of three (or a six of fours).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

Similarity = Callable[[str, str], float]
#: Up to this many units the best pairing is searched exhaustively; beyond, greedily.
EXACT_LIMIT = 14


def unit_similarity(a: Sequence[str], b: Sequence[str], similarity: Similarity) -> float:
    """Mean similarity between the members of two groups."""
    values = [similarity(x, y) for x in a for y in b]
    return sum(values) / len(values) if values else 0.0


def propose_groups(
    units: Sequence[Sequence[str]], similarity: Similarity, *, most_similar: bool = False
) -> list[tuple[str, ...]]:
    """Join ``units`` (single parties, or pairs) two by two into larger groups.

    Returns the groups in a stable order (by their first member's place in ``units``).
    """
    items = [tuple(u) for u in units if u]
    if len(items) <= 1:
        return items
    sign = -1.0 if most_similar else 1.0  # always minimise sign * similarity

    def cost(i: int, j: int) -> float:
        return sign * unit_similarity(items[i], items[j], similarity)

    indices = list(range(len(items)))
    leftover: int | None = None
    if len(items) % 2:
        leftover, pairs = _best_with_leftover(indices, cost)
    else:
        pairs = _pairing(indices, cost)
    groups = [items[i] + items[j] for i, j in pairs]
    if leftover is not None:
        alone = items[leftover]
        target = min(
            range(len(groups)),
            key=lambda g: (sign * unit_similarity(alone, groups[g], similarity), g),
        )
        groups[target] = groups[target] + alone
    order = {party: n for n, unit in enumerate(items) for party in unit}
    return sorted(groups, key=lambda g: min(order[p] for p in g))


def propose_pairs(
    parties: Sequence[str], similarity: Similarity, *, most_similar: bool = False
) -> list[tuple[str, ...]]:
    return propose_groups([(p,) for p in parties], similarity, most_similar=most_similar)


def propose_fours(
    pairs: Sequence[Sequence[str]], similarity: Similarity, *, most_similar: bool = False
) -> list[tuple[str, ...]]:
    return propose_groups(pairs, similarity, most_similar=most_similar)


def _best_with_leftover(
    indices: list[int], cost: Callable[[int, int], float]
) -> tuple[int, list[tuple[int, int]]]:
    best: tuple[float, int, list[tuple[int, int]]] | None = None
    for out in reversed(indices):  # on a tie the last one waits (it came last)
        rest = [i for i in indices if i != out]
        pairs = _pairing(rest, cost)
        total = sum(cost(i, j) for i, j in pairs)
        if best is None or total < best[0] - 1e-12:
            best = (total, out, pairs)
        if len(indices) > EXACT_LIMIT:
            break  # greedy territory: one try is enough
    assert best is not None
    return best[1], best[2]


def _pairing(indices: list[int], cost: Callable[[int, int], float]) -> list[tuple[int, int]]:
    """A perfect pairing of an even number of indices with the least total cost."""
    if len(indices) > EXACT_LIMIT:
        return _greedy(indices, cost)

    @cache
    def solve(mask: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if not mask:
            return 0.0, ()
        first = (mask & -mask).bit_length() - 1
        rest = mask & ~(1 << first)
        best: tuple[float, tuple[tuple[int, int], ...]] | None = None
        other = rest
        while other:
            bit = other & -other
            second = bit.bit_length() - 1
            other &= ~bit
            sub_cost, sub_pairs = solve(rest & ~bit)
            total = cost(indices[first], indices[second]) + sub_cost
            if best is None or total < best[0] - 1e-12:
                best = (total, ((indices[first], indices[second]), *sub_pairs))
        assert best is not None
        return best

    return list(solve((1 << len(indices)) - 1)[1])


def _greedy(indices: list[int], cost: Callable[[int, int], float]) -> list[tuple[int, int]]:
    candidates = sorted(
        ((cost(i, j), i, j) for n, i in enumerate(indices) for j in indices[n + 1 :]),
    )
    used: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used or j in used:
            continue
        used.update((i, j))
        pairs.append((i, j))
    return pairs
