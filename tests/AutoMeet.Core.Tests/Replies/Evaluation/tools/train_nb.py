"""Trains the word-Bayes backstop from the labelled cases; prints the model TSV.

Features: folded words, adjacent word pairs ("a_b") and five-letter stems of longer words ("~verze"), counted once per
reply; multinomial naive Bayes with additive smoothing (alpha 0.5) over the vocabulary (features seen in two or more
replies), so small classes are not favoured by unseen words.

Usage: python3 train_nb.py [first-excluded-split] > model.tsv, then paste it into
src/AutoMeet.Core/Replies/Offline/NaiveBayesModelData.cs. By default every split before blind5 is used (blind5 stays out of
sample); pass blind2 to train only on the splits before blind2 (as the earlier models were).
"""
import math, re, unicodedata, sys
from collections import Counter, defaultdict
import data10 as data

ALPHA = 0.5
STEM = 5
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
    feats+= [t[i]+'_'+t[i+1] for i in range(len(t)-1) if t[i] != '?']
    feats+= ['~'+w[:STEM] for w in t if len(w)>STEM and not w.isdigit()]
    return feats
def cls(r): return r['label']+(':'+r['objection'] if r['objection'] else '')
def main():
    first_excluded = sys.argv[1] if len(sys.argv) > 1 else 'blind5'
    end = {'blind2': data.BLIND2_START, 'blind3': data.BLIND3_START, 'blind4': data.BLIND4_START, 'blind5': data.BLIND5_START}[first_excluded]
    train=[r for i,r in enumerate(data.R) if i < end and r['label']!='bounce']
    classes=sorted(set(cls(r) for r in train))
    doc_count=Counter(cls(r) for r in train)
    tok_count=defaultdict(Counter)
    df=Counter()
    for r in train:
        for x in set(tokens(r['body'])):
            tok_count[cls(r)][x]+=1; df[x]+=1
    vocab=sorted(x for x,c in df.items() if c>=2)
    total={c: sum(tok_count[c][x] for x in vocab) for c in classes}
    N=len(train)
    lines=["#classes\t"+"\t".join(classes), "#prior\t"+"\t".join(f"{math.log(doc_count[c]/N):.3f}" for c in classes)]
    for x in vocab:
        vals=[math.log((tok_count[c][x]+ALPHA)/(total[c]+ALPHA*len(vocab))) for c in classes]
        lines.append(x+"\t"+"\t".join(f"{v:.2f}" for v in vals))
    sys.stdout.write("\n".join(lines)+"\n")
    print(len(classes), len(vocab), N, first_excluded, file=sys.stderr)
if __name__ == '__main__':
    main()
