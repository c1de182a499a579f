package org.accord.verifylog;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Rfc9162ProofsTest {

    /** The Certificate Transparency test tree (RFC 6962's reference code; transparency-dev/merkle's testonly data). */
    private static final List<String> CT_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
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

    private static List<byte[]> ctLeafHashes() {
        return CT_LEAVES.stream().map(hex -> MerkleHashes.leaf(HexFormat.of().parseHex(hex))).toList();
    }

    private static byte[] ctRoot(int size) {
        return Hex.sha256(CT_ROOTS.get(size));
    }

    private static List<byte[]> hashes(String... hex) {
        return java.util.Arrays.stream(hex).map(Hex::sha256).toList();
    }

    @Test
    void theGrowingTreeGivesTheCertificateTransparencyRootsAtEverySize() {
        SubtreeStack tree = new SubtreeStack();
        assertEquals(CT_ROOTS.get(0), Hex.of(tree.root()));
        List<byte[]> leaves = ctLeafHashes();
        for (int size = 1; size <= 8; size++) {
            tree.append(leaves.get(size - 1));
            assertEquals(CT_ROOTS.get(size), Hex.of(tree.root()), "size " + size);
            assertEquals(CT_ROOTS.get(size), Hex.of(ReferenceMerkle.root(leaves.subList(0, size))),
                    "reference, size " + size);
        }
    }

    @Test
    void theCertificateTransparencyInclusionProofsVerify() {
        List<byte[]> leaves = ctLeafHashes();
        assertTrue(Rfc9162Proofs.verifyInclusion(0, 8, leaves.get(0),
                hashes("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                ctRoot(8)));
        assertTrue(Rfc9162Proofs.verifyInclusion(5, 8, leaves.get(5),
                hashes("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                ctRoot(8)));
        assertTrue(Rfc9162Proofs.verifyInclusion(2, 3, leaves.get(2),
                hashes("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"), ctRoot(3)));
        assertTrue(Rfc9162Proofs.verifyInclusion(1, 5, leaves.get(1),
                hashes("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                ctRoot(5)));
        assertTrue(Rfc9162Proofs.verifyInclusion(0, 1, leaves.get(0), List.of(), ctRoot(1)));
    }

    @Test
    void theCertificateTransparencyConsistencyProofsVerify() {
        assertTrue(Rfc9162Proofs.verifyConsistency(1, 8, ctRoot(1), ctRoot(8),
                hashes("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")));
        assertTrue(Rfc9162Proofs.verifyConsistency(6, 8, ctRoot(6), ctRoot(8),
                hashes("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));
        assertTrue(Rfc9162Proofs.verifyConsistency(2, 5, ctRoot(2), ctRoot(5),
                hashes("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
        assertTrue(Rfc9162Proofs.verifyConsistency(6, 7, ctRoot(6), ctRoot(7),
                hashes("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));
        assertTrue(Rfc9162Proofs.verifyConsistency(1, 1, ctRoot(1), ctRoot(1), List.of()));
        assertFalse(Rfc9162Proofs.verifyConsistency(1, 1, ctRoot(1), ctRoot(2), List.of()));
        assertFalse(Rfc9162Proofs.verifyConsistency(1, 2, ctRoot(1), ctRoot(2), List.of()));
        assertFalse(Rfc9162Proofs.verifyConsistency(2, 1, ctRoot(2), ctRoot(1), List.of()));
    }

    @Test
    void everyReferenceProofInTreesOfOneToSixtyFourLeavesVerifiesAndNoAlteredOneDoes() {
        List<byte[]> leaves = IntStream.range(0, 64)
                .mapToObj(i -> MerkleHashes.leaf(new byte[]{(byte) i, (byte) (i * 7)})).toList();
        SubtreeStack tree = new SubtreeStack();
        for (int n = 1; n <= 64; n++) {
            List<byte[]> prefix = leaves.subList(0, n);
            byte[] root = ReferenceMerkle.root(prefix);
            tree.append(leaves.get(n - 1));
            assertArrayEquals(root, tree.root(), "root of " + n);
            for (int i = 0; i < n; i++) {
                List<byte[]> path = ReferenceMerkle.inclusionPath(i, prefix);
                assertTrue(Rfc9162Proofs.verifyInclusion(i, n, leaves.get(i), path, root), i + " in " + n);
                assertFalse(Rfc9162Proofs.verifyInclusion(i, n, leaves.get((i + 1) % 64), path, root));
                assertFalse(Rfc9162Proofs.verifyInclusion(i, 2 * n, leaves.get(i), path, root));
                if (n > 1) {
                    assertFalse(Rfc9162Proofs.verifyInclusion(i ^ 1, n, leaves.get(i), path, root));
                }
                for (List<byte[]> altered : alterations(path, root)) {
                    assertFalse(Rfc9162Proofs.verifyInclusion(i, n, leaves.get(i), altered, root), i + " in " + n);
                }
            }
            for (int m = 1; m <= n; m++) {
                byte[] firstRoot = ReferenceMerkle.root(leaves.subList(0, m));
                List<byte[]> path = ReferenceMerkle.consistencyPath(m, prefix);
                assertTrue(Rfc9162Proofs.verifyConsistency(m, n, firstRoot, root, path), m + " to " + n);
                if (m < n) {
                    assertFalse(Rfc9162Proofs.verifyConsistency(m, n, root, firstRoot, path));
                    assertFalse(Rfc9162Proofs.verifyConsistency(m - 1, n, firstRoot, root, path));
                    assertFalse(Rfc9162Proofs.verifyConsistency(m, 2 * n, firstRoot, root, path));
                    for (List<byte[]> altered : alterations(path, root)) {
                        assertFalse(Rfc9162Proofs.verifyConsistency(m, n, firstRoot, root, altered), m + " to " + n);
                    }
                }
            }
        }
    }

    /** The path with one bit flipped in each element in turn, one element dropped, and one added at either end. */
    private static List<List<byte[]>> alterations(List<byte[]> path, byte[] extra) {
        List<List<byte[]>> altered = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            List<byte[]> copy = new ArrayList<>(path);
            byte[] flipped = copy.get(i).clone();
            flipped[i % flipped.length] ^= 0x10;
            copy.set(i, flipped);
            altered.add(copy);
        }
        if (!path.isEmpty()) {
            altered.add(path.subList(0, path.size() - 1));
        }
        List<byte[]> longer = new ArrayList<>(path);
        longer.add(extra);
        altered.add(longer);
        List<byte[]> earlier = new ArrayList<>(path);
        earlier.addFirst(extra);
        altered.add(earlier);
        return altered;
    }
}
