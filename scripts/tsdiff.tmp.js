// Renders the TypeScript target without Prettier and reports files Prettier would change.
const path=require('path');const fs=require('fs');
const root=process.cwd();
const {readSpecs}=require(root+'/dist/pipeline');
const {typescriptTarget}=require(root+'/dist/targets/typescript');
const {TemplateEngine}=require(root+'/dist/render/template-engine');
const prettier=require(root+'/node_modules/prettier');const L=require(root+'/dist/targets/typescript/layout').Layout;const offend={};const offEx={};
const orig=L.prototype.needsFormatter;L.prototype.needsFormatter=function(contents){const r=orig.call(this,contents);if(r){for(const line of contents.split('\n')){const code=line.trimStart();if(code.startsWith('*')||code.startsWith('/*')||code.startsWith('//'))continue;if(/[^\x00-\x7f]/.test(line)||(line.length>80&&!this.isVouched(line)&&!/^(?:export \* from "[^"]*";|import \* as [\w$]+ from "[^"]*";)$/.test(code))){const k=code.replace(/[A-Za-z_$][\w$]*/g,'I').replace(/"[^"]*"/g,'S').slice(0,60);offend[k]=(offend[k]||0)+1;offEx[k]=line;break;}}}return r;};const {needsFormatter}=require(root+'/dist/targets/typescript/layout');let fallback=0,wrong=0;const per={},kinds={},ex={};
(async()=>{
 const sets=process.argv.slice(2);
 let total=0,bad=0;const out='/tmp/tsdiff';fs.rmSync(out,{recursive:true,force:true});
 for(const s of sets){
  const [spec,opts]=s.split('#');
  const list=spec.split(',').flatMap(x=>fs.statSync(x).isDirectory()?fs.readdirSync(x,{recursive:true}).filter(f=>/\.(ya?ml|mdx)$/.test(f)).map(f=>path.join(x,f)):[x]);const read=readSpecs(list);const errs=read.diagnostics.filter(d=>d.severity==='error');if(errs.length)console.log(spec,errs.length,'errors',errs[0].message);
  const options=opts?Object.fromEntries(opts.split(';').map(x=>x.split('='))):{};
  const files0=typescriptTarget.render({models:read.modelSet.models,unions:read.modelSet.unions,enums:read.modelSet.enums,options,dir:'ts',neutralDefault(){}},new TemplateEngine());const files=files0;
  for(const f of files){total++;if(!f.formatted){per[spec]=(per[spec]||0)+1;for(const line of f.contents.split('\n')){const c=line.trimStart();if(c.startsWith('*')||c.startsWith('/*')||c.startsWith('//'))continue;if(line.length>80||/[^\x00-\x7f]/.test(line)){const k=c.replace(/[A-Za-z_$][\w$]*/g,'I').replace(/"[^"]*"/g,'S').slice(0,50);kinds[k]=(kinds[k]||0)+1;ex[k]=line;}}}const p=await prettier.format(f.contents,{parser:'babel-ts',filepath:f.path});
   const nf=!f.formatted;if(nf)fallback++;if(p!==f.contents&&!nf)wrong++;if(p!==f.contents&&!nf){bad++;const d=path.join(out,String(bad));fs.mkdirSync(d,{recursive:true});fs.writeFileSync(d+'/raw.ts',f.contents);fs.writeFileSync(d+'/pretty.ts',p);fs.writeFileSync(d+'/name',spec+' '+f.path);}}
 }
 console.log(per);for(const [k,v] of Object.entries(offend).sort((a,b)=>b[1]-a[1]).slice(0,+(process.env.TOP||30)))console.log(v,k,'\n      ',offEx[k].slice(0,150));console.log(total,'files',fallback,'need Prettier',wrong,'claimed canonical but differ');
})();
