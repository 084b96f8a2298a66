"""A third set of portal pages, held out: sixteen page families that neither ../shared/portal-dev
nor bench/portaldev2 has (人民网- and 新华网-style news pages, WeChat articles, Discuz! portal
articles, DedeCMS and TRS government sites, 网易 / 搜狐 / 百家号-style pages, a short report
beside long teasers, an interview, a print page, a paginated article, a column with comments,
a 方正-style e-paper, a government open-information page). Made pages that look like real
ones: their chrome is written after real sites of each family, their articles are seed articles
(../shared/gold) other than those of portaldev2.

The set was measured once before any rule was changed for it (README, "Portal pages"); it is a
development set from then on.

    .venv/bin/python -m bench.portaldev3.make     # writes bench/portaldev3/pages/NAME.html, NAME.txt, index.jsonl

NAME.txt is the article's text as a reader sees it (body only, no title), one paragraph a
line; index.jsonl gives each page's family, the encoding of its bytes, its title and the date
the page prints (for the dump checks of bench/bench_extract.py).
"""

from __future__ import annotations

from pathlib import Path

from bench.made_pages import Family, Page, e, ps, write_set

OUT = Path(__file__).resolve().parent / "pages"


def people(a: dict, d: str) -> Page:
    body = "".join(f"<p>\u3000\u3000{e(p)}</p>" for p in a["paragraphs"])
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"/><title>{e(a['title'])}--甘肃频道--人民网</title>
<meta name="keywords" content="政协,协商"/><script src="/js/jquery.js"></script></head><body>
<div class="header"><a href="http://www.people.com.cn/">人民网</a> &gt;&gt; <a href="/">甘肃频道</a> &gt;&gt; <a href="/GB/183283/">时政</a>
<span class="login"><a href="#">登录</a><a href="#">注册</a></span></div>
<div class="layout rm_txt cf"><div class="col col-1 fl">
<h1>{e(a['title'])}</h1>
<div class="col-1-1 fl">{d[:4]}年{d[5:7]}月{d[8:]}日08:17 | 来源：<a href="#">人民网－甘肃频道</a></div>
<div class="col-1-1 fr"><span>小字号</span><span>分享到：</span><a>微信</a><a>微博</a></div>
<div class="rm_txt_con cf">{body}
<div class="edit cf">(责编：王丽、张晓)</div></div>
<div class="share">分享让更多人看到</div>
<div class="headingNews"><h2>相关新闻</h2><ul><li><a href="#">甘肃省政协召开党组会议</a></li><li><a href="#">省政协开展专题视察</a></li><li><a href="#">政协委员履职故事</a></li></ul></div>
</div><div class="col col-2 fr"><div class="ph"><h2>热门排行</h2><ol><li><a href="#">兰州新区建设提速</a></li><li><a href="#">敦煌文旅迎来客流高峰</a></li><li><a href="#">甘肃今年高考报名人数公布</a></li></ol></div></div></div>
<div class="footer"><p>人民日报社概况　关于人民网　报社招聘　招聘英才　广告服务　合作加盟　供稿服务　网站声明　网站律师　信息保护　联系我们</p>
<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div></body></html>"""
    return page, "gbk", a["paragraphs"]


def xinhua(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-新华网</title>
<meta name="description" content="{e(a['paragraphs'][0][:60])}"></head><body>
<div class="nav"><a href="/">首页</a><a href="/politics/">时政</a><a href="/local/">地方</a><a href="/legal/">法治</a><a href="/world/">国际</a></div>
<div class="header"><div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> {d[:4]}</em></span><span class="day"><em> {d[5:7]}</em>/<em> {d[8:]}</em></span><span class="time"> 09:35:27</span></div>
<div class="source">来源：新华网</div><div class="head-line clearfix"><h1><span class="title">{e(a['title'])}</span></h1>
<div class="pageShare"><span>字体：</span><a>小</a><a>中</a><a>大</a><span>分享到：</span></div></div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail">{ps(a['paragraphs'])}</div>
<div id="articleEdit"><span class="tiyi1"><a href="#">【纠错】</a></span><span class="editor">【责任编辑:刘阳】</span></div>
<div class="nextpage">阅读下一篇：<a href="#">新华全媒+｜走进西北乡村看振兴</a></div></div>
<div class="main-right right"><div class="columBox"><div class="col-tit">相关稿件</div><ul><li><a href="#">全国政协召开双周协商座谈会</a></li><li><a href="#">各地政协扎实推进基层协商</a></li></ul></div></div></div>
<div class="foot">Copyright © 2000-2024 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有：新华通讯社</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def wechat(a: dict, d: str) -> Page:
    body = "".join(f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;color:#3e3e3e;">{e(p)}</span></p><p><br></p>'
                   for p in a["paragraphs"])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{e(a['title'])}"><title>{e(a['title'])}</title></head>
<body id="activity-detail" class="zh_CN"><div id="js_article" class="rich_media"><div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">
            {e(a['title'])}
</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">甘肃政协</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{d[:4]}-{d[5:7]}-{d[8:]} 08:30</em><em class="rich_media_meta_text">甘肃</em></div>
<div class="rich_media_content" id="js_content"><section style="text-align:center;"><p><span style="color:#0052ff;">点击蓝字 关注我们</span></p></section>
{body}
<p style="text-align:right;"><span style="font-size:12px;">来源：甘肃政协</span></p><p style="text-align:right;"><span style="font-size:12px;">编辑：王小川　审核：赵明</span></p>
<section><p style="text-align:center;">END</p></section>
<section><p><strong>往期推荐</strong></p><p><a href="#">省政协召开十二届常委会第十次会议</a></p><p><a href="#">委员履职｜把群众的“急难愁盼”带上会</a></p></section></div>
<div id="js_tags" class="article-tag_list">预览时标签不可点</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 2381</span><span>赞</span><span>分享</span><span>在看</span><span>写留言</span></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
<div>继续滑动看下一个</div><div>轻触阅读原文</div><div>向上滑动看下一个</div>
<div>知道了</div><div>微信扫一扫<br>使用小程序</div><div>取消 允许</div><div>视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏 听过</div></div></div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def discuz_portal(a: dict, d: str) -> Page:
    summary = a["paragraphs"][0][:80]
    page = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>{e(a['title'])} - 基层动态 - 陇原政协网 - Powered by Discuz!</title></head>
<body><div id="toptb" class="cl"><a href="#">设为首页</a><a href="#">收藏本站</a></div>
<div id="hd"><ul id="nv"><li><a href="portal.php">门户</a></li><li><a href="forum.php">论坛</a></li><li><a href="group.php">群组</a></li><li><a href="home.php">家园</a></li></ul></div>
<div id="pt" class="bm cl"><a href="./">陇原政协网</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="list-3.html">基层动态</a> <em>&rsaquo;</em> 查看内容</div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">{e(a['title'])} </h1>
<p class="xg1"> {d[:4]}-{int(d[5:7])}-{int(d[8:])} 08:47<span class="pipe">|</span> 发布者: 政协小编<span class="pipe">|</span> 查看: 1268<span class="pipe">|</span> 评论: 2</p></div>
<div class="s"><div><strong>摘要</strong>: {e(summary)} ...</div></div>
<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{''.join(f'<div>{e(p)}</div><div><br></div>' for p in a['paragraphs'])}</td></tr></table></div>
<div class="o cl ptm pbm"><a class="oshr">分享</a><a class="oshr ofav">收藏</a><a class="oshr oivt">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：<a href="#">县政协召开主席会议</a></em><em>下一篇：<a href="#">委员工作站揭牌</a></em></div></div>
<div class="bm"><div class="bm_h"><h3>相关阅读</h3></div><ul class="xl"><li><a href="#">市政协调研乡村振兴工作</a></li><li><a href="#">协商议事会走进社区</a></li></ul></div>
<div id="comment" class="bm"><div class="bm_h"><h3>最新评论</h3></div><dl><dt>游客 {d} 10:21</dt><dd>好消息，支持！</dd></dl></div></div></div>
<div id="ft" class="wp cl"><p>Powered by Discuz! X3.5 Licensed © 2001-2024 Comsenz Inc.</p><p>陇ICP备14001234号</p></div></body></html>"""
    return page, "gbk", a["paragraphs"]


def dedecms(a: dict, d: str) -> Page:
    body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{e(p)}</p>" for p in a["paragraphs"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{e(a['title'])}_华池县政协</title>
<meta name="keywords" content="" /><link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" /></head><body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">华池县政协</a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li><li><a href='/a/xwdt/'><span>新闻动态</span></a></li><li><a href='/a/tagz/'><span>提案工作</span></a></li><li><a href='/a/wszl/'><span>文史资料</span></a></li></ul></div></div></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/xwdt/'>新闻动态</a> > </div>
<div class="viewbox"><div class="title"><h2>{e(a['title'])}</h2></div>
<div class="info"><small>时间:</small>{d} 08:47<small>来源:</small>县政协办公室 <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes&aid=312&mid=1" type='text/javascript' language="javascript"></script> 次</div>
<div class="content"><table width='100%'><tr><td>{body}
(责任编辑：admin)</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/xwdt/311.html'>县政协开展委员培训</a> </li><li>下一篇：没有了 </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="#">收藏</a></li><li id="act-err"><a href="#">挑错</a></li><li id="act-pus"><a href="#">推荐</a></li><li id="act-pnt"><a href="#">打印</a></li></ul></div></div></div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4"><li><a href="#">县政协召开十届三次会议</a><p>会议听取和审议了县政协常委会工作报告和提案工作情况报告……</p></li></ul></dd></dl></div>
<div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2"><li><a href="#">华池县政协2024年工作要点</a></li><li><a href="#">政协委员履职管理办法</a></li></ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCms)--国内最专业的PHP网站管理系统，轻松建站的首选利器。" target="_blank"><strong>DedeCMS_V57_GBK_SP2</strong></a> &copy; 2004-2024 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2002-2024 DEDECMS. 织梦科技 版权所有&nbsp;&nbsp;</div></p></div></div></body></html>"""
    return page, "gbk", a["paragraphs"]


def trs(a: dict, d: str) -> Page:
    body = "".join(f'<p style="text-indent: 2em; text-align: justify;">{e(p)}</p>' for p in a["paragraphs"])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="平凉市政协"><meta name="ArticleTitle" content="{e(a['title'])}">
<meta name="PubDate" content="{d} 16:02"><meta name="ContentSource" content="市政协研究室"><title>平凉市政协</title></head><body>
<div class="top"><div class="logo">中国人民政治协商会议平凉市委员会</div><div class="search"><input value="请输入关键字"><button>搜索</button></div></div>
<div class="menu"><a href="/">网站首页</a><a href="/zxyw/">政协要闻</a><a href="/lzgz/">履职工作</a><a href="/wyfc/">委员风采</a><a href="/zxwh/">政协文化</a><a href="/tzgg/">通知公告</a></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zxyw/">政协要闻</a></div>
<table class="article" width="100%"><tr><td class="bt">{e(a['title'])}</td></tr>
<tr><td class="xx">信息来源：市政协研究室　　发布日期：{d}　　浏览次数：<span id="hits">326</span>　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="nr"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{font-size:12pt;}}</style>{body}</div></td></tr>
<tr><td class="xgxx"><b>相关链接：</b><a href="#">市政协召开党组会议</a>　<a href="#">市政协视察重点项目建设</a></td></tr>
<tr><td class="gn"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></td></tr></table>
<div class="bottom"><p>主办：平凉市政协办公室　地址：平凉市崆峒区西大街 邮编：744000</p><p>陇ICP备09002468号-1　<img src="/images/jiucuo.png" alt="政府网站找错"></p><p>技术支持：拓尔思信息技术股份有限公司</p></div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def netease(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_网易新闻</title></head><body>
<div class="N-nav-top"><a href="/">网易首页</a><a href="#">应用</a><a href="#">网易新闻</a><a href="#">网易公开课</a><a href="#">网易严选</a><a href="#">登录</a></div>
<div class="post_wrap"><div class="post_main"><h1 class="post_title">{e(a['title'])}</h1>
<div class="post_info">{d} 09:12:44　来源: <a href="#">中国甘肃网</a><a class="post_jubao">举报</a></div>
<div class="post_tie_top">0 <span>跟贴</span></div>
<div class="post_body">{ps(a['paragraphs'])}
<p class="f_center"><img src="https://nimg.ws.126.net/a.jpg"></p>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
<p class="post_author">本文来源：中国甘肃网　作者：记者 李明　责任编辑：张伟_NG5765</p></div>
<div class="post_tie"><h3>相关推荐</h3><ul><li><a href="#">兰州新区：打造西北开放新高地</a></li><li><a href="#">甘肃：今年新增城镇就业人数超预期</a></li></ul></div></div>
<div class="post_side"><div class="hot_news"><h3>热点新闻</h3><ol><li><a href="#">国务院常务会议部署近期重点工作</a></li><li><a href="#">多地发布高温预警</a></li></ol></div><div class="wyrs"><h3>网易热搜</h3><ol><li>高考志愿填报</li><li>暑期旅游</li></ol></div></div></div>
<div class="N-nav-bottom">网易公司版权所有 ©1997-2024　浙公网安备 33010802012345号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def sohu(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_政协_委员_协商</title></head><body>
<header id="main-header" class="header"><div class="area"><a href="https://www.sohu.com">搜狐</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a></div></header>
<div class="left main"><div class="text"><div class="text-title"><h1>{e(a['title'])}<span class="original-logo"></span></h1>
<div class="article-info"><span class="time" id="news-time">{d} 08:47</span><span data-role="original-link">来源: <a href="#">陇东报</a></span></div></div>
<article class="article" id="mp-editor">{ps(a['paragraphs'])}<a href="#" id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>
<p data-role="editor-name">责任编辑：<span></span></p></article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap"><span class="read-wrap">阅读 (<em>1268</em>)</span><a class="report">投诉</a></div></div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a href="#">平凉：政协委员助力乡村振兴</a></li><li><a href="#">庆阳市政协召开常委会议</a></li></ul></div></div>
<div class="right sidebar"><div class="user-info"><h4>陇东报</h4><p>文章 3,412　总阅读 1,204万</p></div><div class="hot-article"><h3>24小时热文</h3><ul><li><a href="#">兰州地铁3号线最新进展</a></li></ul></div></div>
<footer>Copyright © 2024 Sohu All Rights Reserved 搜狐公司 版权所有</footer></body></html>"""
    return page, "utf-8", a["paragraphs"]


TEASERS = ("兰州新区以项目建设为抓手，持续优化营商环境，今年以来累计签约项目86个，总投资超过520亿元，一批重大项目相继开工建设，为全省经济高质量发展注入强劲动力。",
           "敦煌文旅迎来客流高峰，莫高窟、鸣沙山月牙泉等景区接待游客人次同比增长三成以上，当地通过预约分流、延时开放等措施提升游客体验，推动文旅深度融合发展。",
           "甘肃省持续推进黄河流域生态保护和高质量发展，沿黄各市州统筹推进山水林田湖草沙一体化保护和系统治理，流域生态环境质量稳步改善，绿色发展底色更加鲜明。",
           "天水市加快推进现代农业产业园建设，以苹果、花椒、蔬菜等特色产业为重点，培育壮大龙头企业和合作社，带动农户增收致富，乡村振兴的产业基础进一步夯实。",
           "陇南市依托电商平台拓宽农产品销售渠道，全市电商企业和网店达到一万余家，线上销售额持续增长，越来越多的山货通过网络走出大山、走向全国市场。")


def baijia(a: dict, d: str) -> Page:
    body = "".join(f'<div class="index-module_textWrap"><p><span class="bjh-p">{e(p)}</span></p></div>' for p in a["paragraphs"])
    rec = "".join(f'<div class="rec-item"><a href="#"><h4>{t[:16]}</h4><p>{t}</p></a><span>甘肃日报</span></div>' for t in TEASERS)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}</title></head><body>
<div class="index-module_header"><a href="https://www.baidu.com">百度首页</a><a href="#">登录</a></div>
<div class="index-module_articleWrap"><div class="index-module_articleTitle"><div class="sKHSJ">{e(a['title'])}</div></div>
<div class="index-module_authorInfo"><a class="author-name">甘肃政协</a><span>{d[5:7]}-{d[8:]} 08:47</span><span>甘肃</span><span>发布于</span><span>政府机构官方账号</span><button>关注</button></div>
<div class="index-module_articleContent">{body}</div>
<div class="index-module_reportWrap"><span>举报/反馈</span></div></div>
<div class="index-module_qrcode"><p>百度APP扫码阅读</p></div>
<div class="index-module_recommend"><h3>相关推荐</h3>{rec}</div>
<div class="footer">©2024 Baidu 使用百度前必读 意见反馈 京ICP证030173号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def short_beside_teasers(a: dict, d: str) -> Page:
    short = a["paragraphs"][:2]
    side = "".join(f'<li><a href="#">{t[:14]}</a><p class="zy">{t}</p><span>{d}</span></li>' for t in TEASERS)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-中国甘肃网</title></head><body>
<div class="gsnav"><a href="/">中国甘肃网</a><a href="/gsyw/">甘肃要闻</a><a href="/szfb/">时政发布</a><a href="/shxw/">社会新闻</a></div>
<div class="wrap"><div class="con_left"><div class="crumb">首页 &gt; 甘肃要闻 &gt; 正文</div>
<div class="con_title"><h2>{e(a['title'])}</h2><p>{d} 11:05　来源：中国甘肃网　编辑：马兰</p></div>
<div class="con_text">{ps(short)}</div></div>
<div class="con_right"><div class="tpxw"><h3>要闻速览</h3><ul>{side}</ul></div></div></div>
<div class="gsfoot">中国甘肃网版权所有　甘肃省新闻出版局批准　陇ICP备07000001号</div></body></html>"""
    return page, "utf-8", short


NOTE = "本期委员访谈聚焦基层协商议事，请委员谈谈做法和体会。"


def interview(a: dict, d: str) -> Page:
    paras = [("记者：" if k % 2 == 0 else "委员：") + p for k, p in enumerate(a["paragraphs"])]
    body = "".join(f"<p><strong>{p[:3]}</strong>{e(p[3:])}</p>" for p in paras)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>委员访谈｜{e(a['title'])}-民主协商网</title></head><body>
<div class="top"><a href="/">民主协商网</a><a href="/fangtan/">委员访谈</a><a href="/tazt/">提案直通车</a></div>
<div class="article"><div class="lm">委员访谈</div><h1>{e(a['title'])}</h1>
<div class="meta">{d[:4]}年{int(d[5:7])}月{int(d[8:])}日　来源：民主协商报　记者 王丹</div>
<div class="intro"><b>编者按：</b>{NOTE}</div>
<div class="art-con">{body}</div><div class="art-bj">（本文编辑：孙雪）</div></div>
<div class="more"><h3>更多访谈</h3><a href="#">委员访谈｜让提案更接地气</a><a href="#">委员访谈｜守护一江清水</a></div>
<div class="bot">民主协商网　主办：民主协商报社　陇ICP备19000888号</div></body></html>"""
    return page, "utf-8", ["编者按：" + NOTE] + paras


def print_page(a: dict, d: str) -> Page:
    body = "<br><br>".join("　　" + e(p) for p in a["paragraphs"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>打印页面</title>
<style>body{{font-size:14px}} .noprint{{}}</style></head><body onload="window.print()">
<table width="700" align="center"><tr><td class="noprint" align="right"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭</a></td></tr>
<tr><td align="center"><b><font size="4">{e(a['title'])}</font></b></td></tr>
<tr><td align="center"><font color="#666666">作者：县政协办　　发布时间：{d}</font></td></tr>
<tr><td><hr size="1"></td></tr><tr><td style="line-height:200%">{body}</td></tr><tr><td><hr size="1"></td></tr>
<tr><td align="center">Copyright 2008-2024 政协静宁县委员会 All Rights Reserved</td></tr></table></body></html>"""
    return page, "gbk", a["paragraphs"]


def paginated(a: dict, d: str) -> Page:
    half = a["paragraphs"][: max(2, (len(a["paragraphs"]) + 1) // 2)]
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}(1)_陇原资讯网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news/">资讯</a><a href="/zhengxie/">政协</a><a href="/tupian/">图片</a></div>
<div class="content"><h1>{e(a['title'])}</h1><div class="info">时间：{d} 07:40　作者：佚名　来源：陇原资讯网　浏览：<em>203</em></div>
<div class="article-body">{ps(half)}</div>
<div class="pages"><a href="#">上一页</a><b>1</b><a href="#">2</a><a href="#">下一页</a><span>本文共2页</span></div>
<div class="tags">标签：<a href="#">政协</a> <a href="#">协商</a></div></div>
<div class="xg"><h3>相关文章</h3><ul><li><a href="#">县政协委员视察民生实事</a></li><li><a href="#">协商议事会解决停车难</a></li></ul></div>
<div class="foot">陇原资讯网　本站部分内容来源于网络，如有侵权请联系删除　联系QQ：12345678</div></body></html>"""
    return page, "utf-8", half


def zhihu(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])} - 知乎</title></head><body>
<header class="ColumnPageHeader"><a href="/">知乎</a><span>首发于</span><a href="#">基层治理观察</a><button>写文章</button></header>
<article class="Post-Main"><header class="Post-Header"><h1 class="Post-Title">{e(a['title'])}</h1>
<div class="AuthorInfo"><a class="UserLink-link">陇上观察者</a><div class="AuthorInfo-badgeText">公共管理硕士</div><button>关注</button></div>
<div class="Voters">12 人赞同了该文章</div></header>
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">{ps(a['paragraphs'])}</div></div>
<div class="ContentItem-time">发布于 {d} 08:47・IP 属地甘肃</div>
<div class="Post-topicsAndReviewer"><a class="TopicLink">政协</a><a class="TopicLink">基层治理</a></div>
<div class="ContentItem-actions"><button>赞同 12</button><button>添加评论</button><button>分享</button><button>喜欢</button><button>收藏</button><button>申请转载</button></div></article>
<div class="Comments-container"><div class="CommentsHeader">2 条评论</div><div class="CommentEditor">写下你的评论...</div>
<div class="CommentItem"><span>河西走廊</span><p>基层协商的案例很有代表性，期待更多这样的观察。</p><span>{d[5:]}・甘肃</span></div>
<div class="CommentItem"><span>金城小陈</span><p>写得很清楚，我们街道也在做类似的事情。</p><span>{d[5:]}・北京</span></div></div>
<div class="Recommendations-Main"><h3>推荐阅读</h3><a href="#">乡村治理中的协商民主</a><a href="#">社区议事会如何开好</a></div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def founder_epaper(a: dict, d: str) -> Page:
    nav = "".join(f'<li><a href="content_{k}.htm">{t}</a></li>' for k, t in enumerate((a["title"], "省政协召开主席会议", "委员走进田间地头", "图片新闻"), 1))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>民主协商报</title></head><body>
<!--enpproperty <articleid>1234567</articleid><date>{d}</date><author>本报记者</author><title>{e(a['title'])}</title><subtitle>{e(a.get('subtitle'))}</subtitle><nodename>第01版：要闻</nodename>/enpproperty-->
<table width="1000" align="center"><tr><td class="px12">{d[:4]}年{d[5:7]}月{d[8:]}日 星期二 | <a href="#">往期回顾</a> | <a href="#">返回首页</a></td></tr></table>
<table width="1000" align="center"><tr><td width="320" valign="top"><div class="bmdh"><p>第01版：要闻</p><a href="node_2.htm">下一版</a></div>
<img src="page01.jpg" usemap="#PagePicMap"><div class="bmdh"><p>版面导航</p><ul><li><a href="node_1.htm">第01版：要闻</a></li><li><a href="node_2.htm">第02版：协商</a></li><li><a href="node_3.htm">第03版：市州</a></li></ul></div></td>
<td width="680" valign="top"><table width="100%"><tr><td class="font02" align="center"></td></tr>
<tr><td class="font01" align="center">{e(a['title'])}</td></tr><tr><td class="font02" align="center">{e(a.get('subtitle'))}</td></tr>
<tr><td><div id="ozoom"><founder-content>{ps(a['paragraphs'], 'P')}</founder-content></div></td></tr>
<tr><td align="right"><a href="#">上一篇</a>　<a href="#">下一篇</a></td></tr></table>
<div class="bbtdh"><p>本版标题导航</p><ul>{nav}</ul></div>
<div class="dh">《 民主协商报 》（ {d[:4]}年{d[5:7]}月{d[8:]}日　第 01 版）</div></td></tr></table>
<table width="1000" align="center"><tr><td align="center">民主协商报社版权所有　未经书面授权不得复制或建立镜像</td></tr></table></body></html>"""
    return page, "gb2312", a["paragraphs"]


def open_info(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-政府信息公开-庆阳市政协</title></head><body>
<div class="xxgk-top">庆阳市政协 政府信息公开平台 <a href="/">返回首页</a></div>
<div class="xxgk-main"><table class="xxgk-table"><tr><th>索引号：</th><td>6210-ZX-2024-00031</td><th>发布机构：</th><td>庆阳市政协办公室</td></tr>
<tr><th>生成日期：</th><td>{d}</td><th>文　　号：</th><td>庆政协办发〔2024〕12号</td></tr>
<tr><th>主题分类：</th><td>综合政务</td><th>有效性：</th><td>有效</td></tr><tr><th>名　　称：</th><td colspan="3">{e(a['title'])}</td></tr></table>
<div class="xxgk-con"><h1>{e(a['title'])}</h1><div class="zw">{ps(a['paragraphs'])}</div></div>
<div class="xxgk-tools"><a>【打印】</a><a>【关闭】</a><a>【收藏】</a></div>
<div class="xxgk-xg"><h3>相关信息</h3><a href="#">庆阳市政协2024年协商工作计划</a><a href="#">关于征集2025年度提案线索的公告</a></div></div>
<div class="xxgk-foot">主办单位：庆阳市政协办公室　网站标识码：6210000012　陇ICP备10001111号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


KINDS: dict[str, Family] = {
    "people": ("gs.people.example.com.cn", people), "xinhua": ("www.news.example.cn", xinhua),
    "wechat": ("mp.weixin.example.qq.com", wechat), "discuz": ("www.lyzx.example.net", discuz_portal),
    "dedecms": ("www.hczx.example.gov.cn", dedecms), "trs": ("www.plzx.example.gov.cn", trs),
    "netease": ("www.163.example.com", netease), "sohu": ("www.sohu.example.com", sohu),
    "baijia": ("baijiahao.example.baidu.com", baijia), "teasers": ("www.gansu.example.com.cn", short_beside_teasers),
    "interview": ("www.mzxs.example.cn", interview), "print": ("www.jnzx.example.gov.cn", print_page),
    "paginated": ("www.lyzx.example.com", paginated), "zhihu": ("zhuanlan.zhihu.example.com", zhihu),
    "epaper": ("szb.mzxsb.example.cn", founder_epaper), "openinfo": ("www.qyzx.example.gov.cn", open_info),
}

#: Families whose pages print month and day without the year.
YEARLESS = frozenset({"baijia"})


def main() -> int:
    return write_set(OUT, KINDS, lambda k, copy: (k * 3 + copy * 11 + 5,
                                                  f"2024-{(k + copy * 5) % 12 + 1:02d}-{(k * 7 + copy * 3) % 28 + 1:02d}"),
                     YEARLESS)


if __name__ == "__main__":
    raise SystemExit(main())
