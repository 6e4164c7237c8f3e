const path=require('path');const fs=require('fs');const root=process.cwd();
const {readSpecs}=require(root+'/dist/pipeline');const {typescriptTarget}=require(root+'/dist/targets/typescript');const {TemplateEngine}=require(root+'/dist/render/template-engine');
const kinds={};const ex={};
for(const s of process.argv.slice(2)){const [spec,opts]=s.split('#');const list=spec.split(',').flatMap(x=>fs.statSync(x).isDirectory()?fs.readdirSync(x,{recursive:true}).filter(f=>/\.(ya?ml|mdx)$/.test(f)).map(f=>path.join(x,f)):[x]);
const read=readSpecs(list);const options=opts?Object.fromEntries(opts.split(';').map(x=>x.split('='))):{};
const files=typescriptTarget.render({models:read.modelSet.models,unions:read.modelSet.unions,enums:read.modelSet.enums,options,dir:'ts',neutralDefault(){}},new TemplateEngine());
for(const f of files)for(const line of f.contents.split('\n')){const c=line.trimStart();if(c.startsWith('*')||c.startsWith('/*')||c.startsWith('//'))continue;if(line.length>80||/[^\x00-\x7f]/.test(line)){const k=c.replace(/[A-Za-z_$][\w$]*/g,'I').replace(/"[^"]*"/g,'S').slice(0,50);kinds[k]=(kinds[k]||0)+1;ex[k]=line;}}}
for(const [k,v] of Object.entries(kinds).sort((a,b)=>b[1]-a[1]).slice(0,40))console.log(v,k,'\n      ',ex[k].slice(0,160));
