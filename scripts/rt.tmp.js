const root=process.cwd();const {TemplateEngine}=require(root+'/dist/render/template-engine');const prettier=require(root+'/node_modules/prettier');
(async()=>{const t=new TemplateEngine();const raw=t.render('typescript','runtime.ts.hbs',{header:'// HEADER',unions:process.argv[2]==='1',dates:process.argv[3]==='1'});process.stdout.write(await prettier.format(raw,{parser:'babel-ts'}));})();
