"""Trains the word-Bayes backstop from the labelled cases (all splits except blind2); prints the model TSV.

Usage: python3 train_nb.py > model.tsv, then paste it into src/AutoMeet.Core/Replies/Offline/NaiveBayesModelData.cs.
"""
import math, re, unicodedata, sys
from collections import Counter, defaultdict
from data7 import R, BLIND2_START  # the model was trained before blind3 existed
def fold(s):
    out=[]
    for ch in s:
        if ch=='ß': out.append('s'); continue
        d=unicodedata.normalize('NFKD', ch)
        d=''.join(c for c in d if not unicodedata.combining(c))
        out.append(d.lower() if d else ' ')
    s=''.join(out)
    return re.sub(r"['`\-_/\"()\[\]*#+&<>=~|’‘´–—«»“”„]", ' ', s)
def tokens(s):
    t=re.findall(r"[a-z0-9@]+|\?", fold(s))
    feats=list(t)
    feats+= [t[i]+'_'+t[i+1] for i in range(len(t)-1)]
    return feats
train=[r for i,r in enumerate(R) if i < BLIND2_START and r['label']!='bounce']
def cls(r): return r['label']+(':'+r['objection'] if r['objection'] else '')
classes=sorted(set(cls(r) for r in train))
doc_count=Counter(cls(r) for r in train)
tok_count=defaultdict(Counter)
df=Counter()
for r in train:
    f=set(tokens(r['body']))  # binary NB (presence)
    for x in f: tok_count[cls(r)][x]+=1; df[x]+=1
vocab=[x for x,c in df.items() if c>=2]
N=len(train)
lines=[]
lines.append("#classes\t"+"\t".join(classes))
lines.append("#prior\t"+"\t".join(f"{math.log(doc_count[c]/N):.3f}" for c in classes))
# Bernoulli-ish: log P(token|class) with add-one over docs of class; store log ratio vs "absent" ignored (multinomial-style presence)
for x in sorted(vocab):
    vals=[math.log((tok_count[c][x]+0.5)/(doc_count[c]+1.0)) for c in classes]
    lines.append(x+"\t"+"\t".join(f"{v:.2f}" for v in vals))
# default for unseen-in-class handled by formula; tokens outside vocab ignored
sys.stdout.write("\n".join(lines)+"\n")
print(len(classes), len(vocab), N, file=sys.stderr)
