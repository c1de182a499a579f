package org.accord.transparency.internal.log;

/** Where the hashes of complete subtrees come from: the stored tree, or leaves held in memory. */
@FunctionalInterface
public interface SubtreeHashes {

    byte[] hash(Subtree subtree);
}
