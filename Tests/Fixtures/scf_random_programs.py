#!/usr/bin/env python3
"""Random scf programs for differential testing of --canonicalize.

Generates small functions of nested scf.if / scf.for / scf.while /
scf.index_switch / scf.execute_region ops (with constant and unknown
conditions, bounds and yields, and func.call side effects), runs the
reference tool and torchir-opt with --canonicalize on each program the
reference accepts, and reports the programs whose outputs differ (written to
--out as seedS_N.mlir). Programs are reproducible from (seed, index); the
inputs Tests/TorchIRDialectsTests/Inputs/scf_canonicalize/random_N.mlir came
from seed 2.

    python3 Tests/Fixtures/scf_random_programs.py --seed 2 --count 150 \
        --tool /path/to/torch-mlir-opt --torchir .build/debug/torchir-opt
"""

import argparse
import os
import random
import subprocess
import tempfile


def gen(rng, kinds=8):
    lines=[]
    cnt=[0]
    def fresh(p='v'):
        cnt[0]+=1; return f'%{p}{cnt[0]}'
    def emit(ind, s): lines.append('  '*ind+s)
    def block(ind, scope, depth, nres):
        # returns list of values to yield (f32) of length nres
        local={k: list(v) for k, v in scope.items()}
        for _ in range(rng.randrange(0,4)):
            k=rng.randrange(kinds) if depth<3 else rng.randrange(3)
            if k==0:
                v=fresh(); a=rng.choice(local['f']); b=rng.choice(local['f'])
                emit(ind, f'{v} = arith.addf {a}, {b} : f32'); local['f'].append(v)
            elif k==1:
                emit(ind, f'func.call @sink({rng.choice(local["f"])}) : (f32) -> ()')
            elif k==2:
                v=fresh('b'); emit(ind, f'{v} = arith.xori {rng.choice(local["b"])}, %true : i1'); local['b'].append(v)
            elif k==3:
                nr=rng.randrange(0,3); cond=rng.choice(local['b'])
                rs=[fresh() for _ in range(nr)]
                pre=(', '.join(rs)+' = ') if nr else ''
                ty=', '.join(['f32']*nr)
                if nr==0:
                    emit(ind, f'scf.if {cond} {{')
                    block(ind+1, {'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])}, depth+1, 0)
                    if rng.random()<0.5:
                        emit(ind, '} else {'); block(ind+1, {'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])}, depth+1, 0)
                    emit(ind, '}')
                else:
                    name=fresh('r')
                    emit(ind, f'{name}:{nr} = scf.if {cond} -> ({ty}) {{' if nr>1 else f'{name} = scf.if {cond} -> ({ty}) {{')
                    block(ind+1, {'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])}, depth+1, nr)
                    emit(ind, '} else {')
                    block(ind+1, {'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])}, depth+1, nr)
                    emit(ind, '}')
                    local['f'] += [f'{name}#{j}' for j in range(nr)] if nr>1 else [name]
            elif k==4:
                nr=rng.randrange(0,3); lb=rng.choice(local['i']); ub=rng.choice(local['i']); st=rng.choice(['%c1','%c2','%c1'])
                iv=fresh('i'); args=[fresh('a') for _ in range(nr)]; inits=[rng.choice(local['f']) for _ in range(nr)]
                inner={'f':list(local['f'])+args,'b':list(local['b']),'i':list(local['i'])+[iv]}
                if nr==0:
                    emit(ind, f'scf.for {iv} = {lb} to {ub} step {st} {{')
                    block(ind+1, inner, depth+1, 0); emit(ind,'}')
                else:
                    name=fresh('r'); ia=', '.join(f'{a} = {b}' for a,b in zip(args,inits))
                    head=f'{name}:{nr}' if nr>1 else name
                    emit(ind, f'{head} = scf.for {iv} = {lb} to {ub} step {st} iter_args({ia}) -> ({", ".join(["f32"]*nr)}) {{')
                    block(ind+1, inner, depth+1, nr); emit(ind,'}')
                    local['f'] += [f'{name}#{j}' for j in range(nr)] if nr>1 else [name]
            elif k==5:
                name=fresh('r'); a=fresh('w'); b=fresh('w'); init=rng.choice(local['f'])
                emit(ind, f'{name} = scf.while ({a} = {init}) : (f32) -> f32 {{')
                inner={'f':list(local['f'])+[a],'b':list(local['b']),'i':list(local['i'])}
                vals=block(ind+1, inner, depth+1, None)
                emit(ind+1, f'scf.condition({rng.choice(local["b"])}) {rng.choice(inner["f"])} : f32')
                emit(ind, '} do {'); emit(ind, f'^bb0({b}: f32):')
                inner2={'f':list(local['f'])+[b],'b':list(local['b']),'i':list(local['i'])}
                block(ind+1, inner2, depth+1, 1); emit(ind,'}')
                local['f'].append(name)
            elif k==6:
                name=fresh('r'); arg=rng.choice(local['i'])
                emit(ind, f'{name} = scf.index_switch {arg} -> f32')
                for cv in sorted(rng.sample([0,1,2,5],rng.randrange(0,3))):
                    emit(ind, f'case {cv} {{'); block(ind+1, {'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])}, depth+1, 1); emit(ind,'}')
                emit(ind, 'default {'); block(ind+1, {'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])}, depth+1, 1); emit(ind,'}')
                local['f'].append(name)
            elif k==8:
                ivs=[fresh('i') for _ in range(rng.randrange(1,3))]
                lbs=[rng.choice(local['i']) for _ in ivs]; ubs=[rng.choice(local['i']) for _ in ivs]
                sts=[rng.choice(['%c1','%c2']) for _ in ivs]
                inner={'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])+ivs}
                if rng.random()<0.5:
                    emit(ind, f'scf.parallel ({", ".join(ivs)}) = ({", ".join(lbs)}) to ({", ".join(ubs)}) step ({", ".join(sts)}) {{')
                    block(ind+1, inner, depth+1, 0); emit(ind,'}')
                else:
                    name=fresh('r'); init=rng.choice(local['f'])
                    emit(ind, f'{name} = scf.parallel ({", ".join(ivs)}) = ({", ".join(lbs)}) to ({", ".join(ubs)}) step ({", ".join(sts)}) init ({init}) -> f32 {{')
                    block(ind+1, inner, depth+1, None)
                    l=fresh('l'); r=fresh('l'); s2=fresh()
                    emit(ind+1, f'scf.reduce({rng.choice(inner["f"])} : f32) {{')
                    emit(ind+1, f'^bb0({l}: f32, {r}: f32):')
                    emit(ind+2, f'{s2} = arith.addf {l}, {r} : f32')
                    emit(ind+2, f'scf.reduce.return {s2} : f32')
                    emit(ind+1, '}'); emit(ind,'}')
                    local['f'].append(name)
            elif k==9:
                ivs=[fresh('i') for _ in range(rng.randrange(1,3))]
                def bound(): return rng.choice(local['i']+['0','1','2','4'])
                inner={'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])+ivs}
                if rng.random()<0.5:
                    emit(ind, f'scf.forall ({", ".join(ivs)}) in ({", ".join(bound() for _ in ivs)}) {{')
                else:
                    emit(ind, f'scf.forall ({", ".join(ivs)}) = ({", ".join(bound() for _ in ivs)}) to ({", ".join(bound() for _ in ivs)}) step ({", ".join(rng.choice(["1","2","%c1"]) for _ in ivs)}) {{')
                block(ind+1, inner, depth+1, 0); emit(ind,'}')
            elif k==10:
                n=rng.randrange(1,3); m=rng.randrange(0,3)
                args=[fresh('w') for _ in range(n)]; inits=[rng.choice(local['f']) for _ in range(n)]
                outs=[fresh('w') for _ in range(m)]
                name=fresh('r')
                head=(f'{name}:{m} = ' if m>1 else (f'{name} = ' if m==1 else ''))
                ia=', '.join(f'{a} = {b}' for a,b in zip(args,inits))
                emit(ind, f'{head}scf.while ({ia}) : ({", ".join(["f32"]*n)}) -> ({", ".join(["f32"]*m)}) {{')
                inner={'f':list(local['f'])+args,'b':list(local['b']),'i':list(local['i'])}
                block(ind+1, inner, depth+1, None)
                fw=[rng.choice(inner['f']) for _ in range(m)]
                emit(ind+1, f'scf.condition({rng.choice(local["b"])})' + (f' {", ".join(fw)} : {", ".join(["f32"]*m)}' if m else ''))
                emit(ind, '} do {')
                if m: emit(ind, f'^bb0({", ".join(o+": f32" for o in outs)}):')
                inner2={'f':list(local['f'])+outs,'b':list(local['b']),'i':list(local['i'])}
                block(ind+1, inner2, depth+1, n); emit(ind,'}')
                local['f'] += [f'{name}#{j}' for j in range(m)] if m>1 else ([name] if m==1 else [])
            elif k==7:
                name=fresh('r')
                emit(ind, f'{name} = scf.execute_region -> f32 {"no_inline " if rng.random()<0.3 else ""}{{')
                block(ind+1, {'f':list(local['f']),'b':list(local['b']),'i':list(local['i'])}, depth+1, 1); emit(ind,'}')
                local['f'].append(name)
        if nres is None: return
        ys=[rng.choice(local['f']) for _ in range(nres)]
        if nres: emit(ind, f'scf.yield {", ".join(ys)} : {", ".join(["f32"]*nres)}')
    emit(0,'func.func private @sink(f32)')
    emit(0,'func.func @f(%c: i1, %d: i1, %x: f32, %y: f32, %n: index) -> f32 {')
    emit(1,'%true = arith.constant true'); emit(1,'%false = arith.constant false')
    emit(1,'%c0 = arith.constant 0 : index'); emit(1,'%c1 = arith.constant 1 : index'); emit(1,'%c2 = arith.constant 2 : index')
    scope={'f':['%x','%y'],'b':['%c','%d','%true','%false'],'i':['%c0','%c1','%c2','%n']}
    # top-level block
    block(1, scope, 0, None)
    emit(1, f'return {rng.choice(scope["f"])} : f32')
    emit(0,'}')
    return '\n'.join(lines)+'\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--tool", default="torch-mlir-opt")
    ap.add_argument("--torchir", default=".build/debug/torchir-opt")
    ap.add_argument("--out", default=tempfile.gettempdir())
    ap.add_argument("--kinds", type=int, default=8,
                    help="op kinds to draw from: 8 (if/for/while/switch/execute_region), 10 adds parallel and forall, 11 multi-value while loops")
    args = ap.parse_args()
    work = tempfile.mkdtemp()
    path = os.path.join(work, "in.mlir")
    valid = differ = 0
    for i in range(args.count):
        text = gen(random.Random(args.seed * 100000 + i), args.kinds)
        with open(path, "w") as f:
            f.write(text)
        ref = subprocess.run([args.tool, path, "--canonicalize"], capture_output=True)
        if ref.returncode != 0:
            continue
        valid += 1
        ours = subprocess.run([args.torchir, path, "--canonicalize"], capture_output=True)
        if ours.returncode != 0 or ours.stdout != ref.stdout:
            differ += 1
            out = os.path.join(args.out, f"seed{args.seed}_{i}.mlir")
            with open(out, "w") as f:
                f.write(text)
            print("differs:", out)
    print(f"valid {valid} differ {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
