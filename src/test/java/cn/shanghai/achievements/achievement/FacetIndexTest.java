package cn.shanghai.achievements.achievement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The facet index's grouping of rows by owner; its counts are checked against the list in DiscoveryTest. */
class FacetIndexTest {

    @Test
    void groupsRowsByOwnerKeepingTheirOrderWithinEachOwner() {
        // rows owned by 2, 0, 2, 1, 0 (owner 3 has none)
        int[] owner = {2, 0, 2, 1, 0};
        int[] start = new int[5];
        int[] order = FacetIndex.Grouping.byOwner(owner, 4, start);
        assertArrayEquals(new int[] {1, 4, 3, 0, 2}, order);
        assertArrayEquals(new int[] {0, 2, 3, 5, 5}, start);
        assertArrayEquals(
                new int[] {11, 14, 13, 10, 12}, FacetIndex.Grouping.permute(new int[] {10, 11, 12, 13, 14}, order));
    }

    @Test
    void noRowsLeaveEveryOwnerEmpty() {
        int[] start = new int[3];
        assertArrayEquals(new int[0], FacetIndex.Grouping.byOwner(new int[0], 2, start));
        assertArrayEquals(new int[] {0, 0, 0}, start);
    }
}
