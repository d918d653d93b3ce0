from data9 import *
BLIND5_START = len(R)
# blind5: written after the generalisation round was frozen; measured once (see README)
