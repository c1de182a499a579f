package org.accord.transparency.internal.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tree computed from complete subtrees is RFC 9162's: held to the Certificate Transparency reference vectors and to
 * the RFC's recursive definitions for every tree size up to 70, every leaf and every pair of sizes, and its proofs pass
 * the RFC's verification algorithms while altered ones do not.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final int LARGEST = 70;

    /** The 8-leaf test tree of the Certificate Transparency reference implementations. */
    private static final List<byte[]> CT_ENTRIES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex).toList();
    private static final List<String> CT_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static final List<byte[]> ENTRIES = IntStream.range(0, LARGEST)
            .mapToObj(i -> ("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8)).toList();

    @Test
    void roots_ofTheReferenceTree_areThePublishedOnes() {
        for (int size = 0; size <= CT_ENTRIES.size(); size++) {
            assertThat(hex(MerkleTree.root(size, inMemory(CT_ENTRIES)))).as("size %d", size)
                    .isEqualTo(CT_ROOTS.get(size));
        }
    }

    @Test
    void inclusionPaths_ofTheReferenceTree_areThePublishedOnes() {
        assertThat(hexes(MerkleTree.inclusionPath(0, 8, inMemory(CT_ENTRIES)))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(MerkleTree.inclusionPath(5, 8, inMemory(CT_ENTRIES)))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hexes(MerkleTree.inclusionPath(2, 3, inMemory(CT_ENTRIES))))
                .containsExactly("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hexes(MerkleTree.inclusionPath(1, 5, inMemory(CT_ENTRIES)))).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(MerkleTree.inclusionPath(0, 1, inMemory(CT_ENTRIES))).isEmpty();
    }

    @Test
    void consistencyPaths_ofTheReferenceTree_areThePublishedOnes() {
        assertThat(hexes(MerkleTree.consistencyPath(1, 8, inMemory(CT_ENTRIES)))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(MerkleTree.consistencyPath(6, 8, inMemory(CT_ENTRIES)))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hexes(MerkleTree.consistencyPath(2, 5, inMemory(CT_ENTRIES)))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(MerkleTree.consistencyPath(1, 1, inMemory(CT_ENTRIES))).isEmpty();
    }

    @Test
    void everyRootAndInclusionPath_upTo70Leaves_isTheRfcsAndVerifies() {
        for (int size = 1; size <= LARGEST; size++) {
            List<byte[]> entries = ENTRIES.subList(0, size);
            byte[] root = MerkleTree.root(size, inMemory(entries));
            assertThat(root).as("root of %d", size).isEqualTo(Rfc9162Reference.mth(entries));
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleTree.inclusionPath(index, size, inMemory(entries));
                assertThat(path).as("path of %d in %d", index, size)
                        .containsExactlyElementsOf(Rfc9162Reference.path(index, entries));
                byte[] leaf = Rfc9162Reference.leafHash(entries.get(index));
                assertThat(Rfc9162Reference.verifyInclusion(leaf, index, size, path, root))
                        .as("%d in %d verifies", index, size).isTrue();
            }
        }
    }

    @Test
    void everyConsistencyPath_upTo70Leaves_isTheRfcsAndVerifies() {
        for (int second = 1; second <= LARGEST; second++) {
            List<byte[]> entries = ENTRIES.subList(0, second);
            byte[] secondRoot = Rfc9162Reference.mth(entries);
            for (int first = 1; first <= second; first++) {
                List<byte[]> path = MerkleTree.consistencyPath(first, second, inMemory(entries));
                assertThat(path).as("%d to %d", first, second)
                        .containsExactlyElementsOf(Rfc9162Reference.proof(first, entries));
                if (first < second) {
                    byte[] firstRoot = Rfc9162Reference.mth(entries.subList(0, first));
                    assertThat(Rfc9162Reference.verifyConsistency(first, second, firstRoot, secondRoot, path))
                            .as("%d to %d verifies", first, second).isTrue();
                } else {
                    assertThat(path).isEmpty();
                }
            }
        }
    }

    @Test
    void alteredInclusionProofs_failVerification() {
        for (int size = 2; size <= LARGEST; size++) {
            List<byte[]> entries = ENTRIES.subList(0, size);
            byte[] root = Rfc9162Reference.mth(entries);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleTree.inclusionPath(index, size, inMemory(entries));
                byte[] leaf = Rfc9162Reference.leafHash(entries.get(index));
                byte[] otherLeaf = Rfc9162Reference.leafHash(entries.get((index + 1) % size));
                assertThat(Rfc9162Reference.verifyInclusion(otherLeaf, index, size, path, root)).isFalse();
                assertThat(Rfc9162Reference.verifyInclusion(leaf, (index + 1) % size, size, path, root)).isFalse();
                assertThat(Rfc9162Reference.verifyInclusion(leaf, index, size, path.subList(1, path.size()), root))
                        .isFalse();
                for (int element = 0; element < path.size(); element++) {
                    assertThat(Rfc9162Reference.verifyInclusion(leaf, index, size, flipped(path, element), root))
                            .as("%d in %d with element %d altered", index, size, element).isFalse();
                }
            }
        }
    }

    @Test
    void alteredConsistencyProofs_failVerification() {
        for (int second = 2; second <= LARGEST; second++) {
            List<byte[]> entries = ENTRIES.subList(0, second);
            byte[] secondRoot = Rfc9162Reference.mth(entries);
            for (int first = 1; first < second; first++) {
                List<byte[]> path = MerkleTree.consistencyPath(first, second, inMemory(entries));
                byte[] firstRoot = Rfc9162Reference.mth(entries.subList(0, first));
                // a forked log: the same first tree, another last entry in the second
                List<byte[]> forked = new ArrayList<>(entries);
                forked.set(second - 1, "forked".getBytes(StandardCharsets.UTF_8));
                assertThat(Rfc9162Reference.verifyConsistency(first, second, firstRoot, Rfc9162Reference.mth(forked),
                        path)).as("%d to a forked %d", first, second).isFalse();
                for (int element = 0; element < path.size(); element++) {
                    assertThat(Rfc9162Reference.verifyConsistency(first, second, firstRoot, secondRoot,
                            flipped(path, element))).as("%d to %d, element %d", first, second, element).isFalse();
                }
            }
        }
    }

    @Test
    void subtreesStoredAsLeavesArrive_holdEveryRootAndProof() {
        Map<Subtree, byte[]> stored = new HashMap<>();
        for (int seq = 0; seq < LARGEST; seq++) {
            byte[] leaf = Rfc9162Reference.leafHash(ENTRIES.get(seq));
            stored.putAll(MerkleTree.completedBy(seq, leaf, strict(stored)));
            stored.put(new Subtree(0, seq), leaf);
            int size = seq + 1;
            assertThat(MerkleTree.root(size, strict(stored))).as("root of %d", size)
                    .isEqualTo(Rfc9162Reference.mth(ENTRIES.subList(0, size)));
        }
        stored.forEach((subtree, hash) -> assertThat(hash).as("%s", subtree).isEqualTo(Rfc9162Reference.mth(
                ENTRIES.subList((int) subtree.firstLeaf(), (int) (subtree.firstLeaf() + subtree.size())))));
        assertThat(stored).as("one hash per complete subtree").hasSize(70 + 35 + 17 + 8 + 4 + 2 + 1);
    }

    @Test
    void rootsAndProofs_ofAMillionLeaves_readLogarithmicallyManySubtrees() {
        long size = 1_000_003;
        for (long index : new long[]{0, 1, 524_287, 524_288, 999_999, size - 1}) {
            assertThat(reads(hashes -> MerkleTree.inclusionPath(index, size, hashes))).as("path of %d", index)
                    .isLessThanOrEqualTo(40);
            assertThat(reads(hashes -> MerkleTree.consistencyPath(index + 1, size, hashes)))
                    .as("consistency from %d", index + 1).isLessThanOrEqualTo(40);
        }
        assertThat(reads(hashes -> MerkleTree.root(size, hashes))).isEqualTo(Long.bitCount(size));
        assertThat(reads(hashes -> MerkleTree.completedBy((1L << 20) - 1, new byte[32], hashes))).isEqualTo(20);
    }

    @Test
    void proofsOutsideTheTree_areRefused() {
        assertThatThrownBy(() -> MerkleTree.inclusionPath(3, 3, inMemory(CT_ENTRIES)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionPath(-1, 3, inMemory(CT_ENTRIES)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyPath(0, 3, inMemory(CT_ENTRIES)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyPath(4, 3, inMemory(CT_ENTRIES)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Complete subtrees hashed straight from the entries by the RFC's MTH; asking beyond them fails. */
    private static SubtreeHashes inMemory(List<byte[]> entries) {
        return subtree -> Rfc9162Reference.mth(entries.subList(Math.toIntExact(subtree.firstLeaf()),
                Math.toIntExact(subtree.firstLeaf() + subtree.size())));
    }

    private static SubtreeHashes strict(Map<Subtree, byte[]> stored) {
        return subtree -> {
            assertThat(stored).as("asked for %s", subtree).containsKey(subtree);
            return stored.get(subtree);
        };
    }

    private static int reads(java.util.function.Function<SubtreeHashes, ?> computation) {
        AtomicInteger reads = new AtomicInteger();
        computation.apply(subtree -> {
            reads.incrementAndGet();
            return HEX.parseHex("%064x".formatted(subtree.hashCode() & 0xffffffffL));
        });
        return reads.get();
    }

    private static List<byte[]> flipped(List<byte[]> path, int element) {
        List<byte[]> altered = new ArrayList<>(path);
        byte[] hash = altered.get(element).clone();
        hash[7] ^= 0x10;
        altered.set(element, hash);
        return altered;
    }

    private static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    private static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
