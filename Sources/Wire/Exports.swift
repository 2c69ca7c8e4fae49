// Whoever speaks the protocol needs the codec's message protocol too.
@_exported public import Codec
