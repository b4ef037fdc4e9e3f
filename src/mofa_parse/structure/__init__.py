"""Stage 1: the structure of a readout.

Lines are classified, the grammar is run by Lark, and the tree is built, checked and rendered back.
"""

