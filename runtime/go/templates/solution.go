package main; {{imports}}{{solution}}
