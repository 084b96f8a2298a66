"""A second development set of portal pages, of the kinds ../shared/portal-dev lacks: old
table-layout GBK sites, blogs, forums, audio and video pages with transcripts, pages beside a
long copyright notice, pages with comments, government pages with attachments, e-paper pages,
mobile pages. Made pages that look like real ones: their chrome is written after real sites of
each kind, their articles are the seed articles (../shared/gold).

    .venv/bin/python -m bench.portaldev2.make     # writes bench/portaldev2/pages/NAME.html, NAME.txt, index.jsonl

NAME.txt is the article's text as a reader sees it (body only, no title), one paragraph a line;
index.jsonl gives each page's kind and the encoding of its bytes.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from bench.made_pages import articles

OUT = Path(__file__).resolve().parent / "pages"


def ps(paragraphs: list[str], tag: str = "p", style: str = "") -> str:
    return "".join(f"<{tag}{style}>{html.escape(p)}</{tag}>" for p in paragraphs)


def old_table_gbk(a: dict) -> tuple[str, str]:
    body = "<br><br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(p) for p in a["paragraphs"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{html.escape(a['title'])}-政协临洮县委员会</title>
<link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0"><table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="980" height="120"></td></tr>
<tr><td bgcolor="#B40000" height="30"><a href="index.asp">首页</a> | <a href="list.asp?id=1">政协要闻</a> | <a href="list.asp?id=2">委员风采</a> | <a href="list.asp?id=3">提案工作</a> | <a href="list.asp?id=4">文史资料</a></td></tr>
</table>
<table width="980" border="0" align="center"><tr>
<td width="220" valign="top"><table width="100%"><tr><td class="lm">最新公告</td></tr>
<tr><td><a href="show.asp?id=88">关于召开县政协十届三次会议的通知</a></td></tr>
<tr><td><a href="show.asp?id=87">政协委员履职情况公示</a></td></tr>
<tr><td><a href="show.asp?id=86">县政协机关2024年度部门预算公开</a></td></tr></table></td>
<td width="760" valign="top"><table width="100%"><tr><td class="weizhi">您现在的位置：<a href="index.asp">首页</a> &gt;&gt; <a href="list.asp?id=1">政协要闻</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="bt"><font size="4"><b>{html.escape(a['title'])}</b></font></td></tr>
<tr><td align="center" class="rq">发布时间：2024-5-20 9:31:02　来源：县政协办公室　点击数：1268</td></tr>
<tr><td class="nr"><font face="宋体" style="font-size:14px">{body}</font></td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>
<table width="980" align="center"><tr><td align="center" class="foot">版权所有：政协临洮县委员会办公室　地址：临洮县洮阳镇　电话：0932-2223456<br>陇ICP备05001234号</td></tr></table>
</body></html>"""
    return page, "gb2312"


def blog(a: dict) -> tuple[str, str]:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])}_陇上行的博客_新浪博客</title></head>
<body><div id="blognav"><a href="/">博客首页</a><a href="/s/articlelist.html">博文目录</a><a href="/s/profile.html">关于我</a></div>
<div class="sidebar"><div class="profile"><img src="avatar.jpg"><p>陇上行</p><p>等级：博客6级</p><p>博客积分：2,431</p><p>博客访问：186,203</p><p>关注人气：312</p></div>
<div class="widget"><h3>博文分类</h3><ul><li><a href="#">基层协商(42)</a></li><li><a href="#">履职随笔(31)</a></li><li><a href="#">读书札记(18)</a></li></ul></div></div>
<div class="articalContent"><h2 class="titName">{html.escape(a['title'])}</h2>
<span class="time">(2024-05-21 08:47:13)</span><span class="SG_txtb">[<a href="#">编辑</a>][<a href="#">删除</a>]</span>
<div class="articalTag"><span>标签：</span><a href="#">政协</a><a href="#">协商议事</a><a href="#">基层</a></div>
<div id="sina_keyword_ad_area2" class="articalContent">{ps(a['paragraphs'])}</div>
<div class="IL"><span>阅读(1268)</span>┊<span>评论(4)</span>┊<span>收藏(2)</span>┊<span>转载(1)</span>┊<span>喜欢▼</span>┊<span>打印</span></div>
<div class="allComm"><h3>评论</h3>
<div class="comm"><p class="name">河西走廊</p><p>写得很实在，基层协商就是要把群众的事办好，期待后续报道！</p><p class="time">2024-05-21 10:12</p></div>
<div class="comm"><p class="name">金城老李</p><p>我们社区也建了协商议事室，每月都有委员来听意见，确实方便多了。</p><p class="time">2024-05-21 14:30</p></div>
</div>
<div class="articalfrontback"><p>前一篇：<a href="#">走进委员工作室</a></p><p>后一篇：<a href="#">秋日陇南记</a></p></div></div>
<div class="footer">新浪BLOG意见反馈留言板　电话：4000520066　提示音后按1键（按当地市话标准计费）<br>Copyright © 1996 - 2024 SINA Corporation, All Rights Reserved</div>
</body></html>"""
    return page, "utf-8"


def forum(a: dict) -> tuple[str, str]:
    first = ps(a["paragraphs"])
    page = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>{html.escape(a['title'])} - 政协委员之家 - 陇原论坛 -  Powered by Discuz!</title></head>
<body><div id="hd"><a href="forum.php">论坛</a> <a href="home.php">家园</a> <a href="search.php">搜索</a> <a href="member.php?mod=register">注册</a> <a href="member.php?mod=logging">登录</a></div>
<div id="pt" class="bm cl"><a href="./">陇原论坛</a> <em>›</em> <a href="forum-12-1.html">政协委员之家</a> <em>›</em> 查看内容</div>
<div id="postlist" class="pl bm">
<table id="pid1001" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-23.html">协商议事</a></div><div>主题 58 帖子 460 积分 2311</div><div>中级会员</div></td>
<td class="plc"><div class="pi"><strong>楼主</strong> 发表于 2024-5-21 09:16 | 只看该作者</div>
<h1 class="ts">{html.escape(a['title'])}</h1>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1001">{first}</td></tr></table></div>
<div class="po">回复 举报</div></td></tr></table>
<table id="pid1002" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-51.html">天水小王</a></div><div>主题 3 帖子 27 积分 101</div></td>
<td class="plc"><div class="pi"><strong>沙发</strong> 发表于 2024-5-21 10:02</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1002">支持！这样的协商议事会多开几次，老百姓的事就好办了。我们村去年也开过一次，效果不错。</td></tr></table></div></td></tr></table>
<table id="pid1003" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-77.html">陇南山居</a></div></td>
<td class="plc"><div class="pi"><strong>板凳</strong> 发表于 2024-5-21 11:48</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1003">顶一下，希望各地都能学习借鉴，把好经验推广开来。</td></tr></table></div></td></tr></table>
</div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2024 Tencent Cloud.　陇ICP备12000123号-1</div></body></html>"""
    return page, "gbk"


def audio(a: dict) -> tuple[str, str]:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])} - 甘肃政协之声 - 音频</title></head>
<body><header class="site-header"><a href="/">首页</a><a href="/radio">广播</a><a href="/podcast">播客</a></header>
<main class="sound-page"><h1 class="sound-title">{html.escape(a['title'])}</h1>
<div class="player"><button class="play">播放</button><span class="time">00:00</span>/<span class="duration">04:29</span><span>音频04：29</span>
<span class="speed">1.0X</span><span>倍速</span></div>
<div class="sound-info"><span>主播：甘肃政协之声</span><span>2024-05-21 发布</span><span>播放 3.2万</span></div>
<section class="sound-intro"><h2>声音简介</h2><p>本期节目播报政协工作动态。</p></section>
<section class="transcript"><h2>文稿</h2>{ps(a['paragraphs'])}</section>
<section class="sound-list"><h2>专辑里的声音</h2><ul><li><a href="/s/101">政协委员走基层（一）</a><span>05:12</span></li><li><a href="/s/102">提案背后的故事</a><span>06:40</span></li><li><a href="/s/103">协商议事进社区</a><span>03:58</span></li></ul></section>
</main><footer>© 2024 甘肃政协之声　版权所有　陇ICP备18000321号</footer></body></html>"""
    return page, "utf-8"


def video(a: dict) -> tuple[str, str]:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:type" content="video"><title>{html.escape(a['title'])}_视频_政协新闻网</title></head>
<body><div class="topbar"><a href="/">政协新闻网</a><a href="/video/">视频</a><a href="/live/">直播</a><a href="/app/">下载客户端</a></div>
<div class="video-wrap"><div class="vplayer"><video src="v.mp4"></video><div class="controls"><span>00:00 / 03:41</span><span>高清</span><span>超清</span><span>全屏</span></div></div>
<h1 class="vtitle">{html.escape(a['title'])}</h1><div class="vmeta">来源：政协新闻网　2024-05-21 18:02:11　播放量：12,408</div>
<div class="vdesc"><h3>视频简介</h3><p>本期视频带您走进基层政协协商一线。</p></div>
<div class="vtext"><h3>视频文稿</h3>{ps(a['paragraphs'])}</div>
<div class="vlist"><h3>相关视频</h3><ul><li><a href="/v/1">委员风采：扎根基层的“协商达人”</a></li><li><a href="/v/2">一图读懂政协提案办理</a></li><li><a href="/v/3">直击专题协商会现场</a></li></ul></div></div>
<div class="footer">政协新闻网版权所有　未经许可不得转载　京ICP备10000000号</div></body></html>"""
    return page, "utf-8"


NOTICE = ("著作权声明：本网站所刊登的各种新闻、信息和各种专题专栏资料，均为甘肃政协网版权所有，未经协议授权，禁止下载使用。"
          "凡本网注明“来源：甘肃政协网”的所有作品，版权均属于甘肃政协网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。"
          "已经本网授权使用作品的，应在授权范围内使用，并注明“来源：甘肃政协网”。违反上述声明者，本网将追究其相关法律责任。"
          "凡本网注明“来源：XXX（非甘肃政协网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。"
          "如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。本网所转载的作品，其著作权归原作者所有，任何单位或个人未经许可不得转载。")


def legal(a: dict) -> tuple[str, str]:
    short = a["paragraphs"][:2]
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])}-甘肃政协网</title></head>
<body><div class="head"><a href="/">首页</a><a href="/zxyw/">政协要闻</a><a href="/sxdt/">市县动态</a></div>
<div class="main"><div class="left"><div class="crumbs">当前位置：首页 &gt; 市县动态</div>
<h1>{html.escape(a['title'])}</h1><div class="info">2024-05-21　来源：甘肃政协网</div>
<div class="content">{ps(short)}</div></div>
<div class="right"><div class="statement"><h4>著作权声明</h4><p>{NOTICE}</p></div>
<div class="hot"><h4>热点推荐</h4><a href="#">市政协召开常委会议</a><a href="#">委员视察重点项目</a></div></div></div>
<div class="foot">主办：政协甘肃省委员会办公厅　陇ICP备05000246号</div></body></html>"""
    return page, "utf-8"


def comments(a: dict) -> tuple[str, str]:
    comment = "".join(f"<li class='cmt'><span class='user'>网友{k}</span><p>{t}</p><span class='like'>赞({k * 3})</span></li>" for k, t in enumerate((
        "这样的协商议事会议很接地气，希望能够多开几次，把更多群众关心的问题都拿出来商量商量，真正做到有事好商量、众人的事情由众人商量。",
        "我家附近的小区停车问题也很突出，看了这篇报道很受启发，建议相关部门借鉴这种做法，尽快帮我们协调解决停车难题。",
        "政协委员深入基层听取意见，这是好事。但更重要的是后续落实，希望能看到问题解决的跟踪报道，让群众看到实实在在的变化。",
        "点赞！基层协商议事的形式越来越丰富了，线上线下结合，年轻人也愿意参与进来，这才是全过程人民民主的生动实践。"), 1))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(a['title'])}|每日甘肃网</title></head>
<body><nav><a href="/">每日甘肃</a><a href="/news">新闻</a><a href="/zw">政务</a></nav>
<article class="detail"><h1>{html.escape(a['title'])}</h1><div class="source">2024-05-21 07:58　来源：每日甘肃网</div>
<div class="TRS_Editor">{ps(a['paragraphs'])}</div><div class="editor">（责任编辑：李娜）</div></article>
<section class="comment-box"><h3>网友评论（4）</h3><ul>{comment}</ul><textarea>我来说两句</textarea><button>发表评论</button></section>
<footer>每日甘肃网版权所有　陇ICP备06000017号</footer></body></html>"""
    return page, "utf-8"


def gov(a: dict) -> tuple[str, str]:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{html.escape(a['title'])}"><meta name="PubDate" content="2024-05-21 10:30"><title>{html.escape(a['title'])}_政协天水市委员会</title></head>
<body><div class="gov-head"><span>政协天水市委员会</span><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/lzzn/">履职之窗</a><a href="/hdjl/">互动交流</a></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/lzzn/">履职之窗</a></div>
<div class="article"><h1>{html.escape(a['title'])}</h1>
<div class="art-info"><span>发布时间：2024-05-21 10:30</span><span>来源：市政协办公室</span><span>浏览次数：452</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div id="zoom">{ps(a['paragraphs'])}</div>
<div class="fujian"><p>附件：</p><a href="/u/1.docx">1.天水市政协2024年度协商计划.docx</a><br><a href="/u/2.pdf">2.协商议事工作规则.pdf</a></div>
<div class="tools"><span>扫一扫在手机打开当前页</span><a href="javascript:print()">打印本页</a><a href="javascript:close()">关闭窗口</a></div></div>
<div class="gov-foot"><p>主办单位：中国人民政治协商会议天水市委员会　承办单位：天水市政协办公室</p><p>网站标识码：6205000001　陇ICP备12000678号　甘公网安备62050202000123号</p></div></body></html>"""
    return page, "utf-8"


def epaper(a: dict) -> tuple[str, str]:
    page = f"""<html><head><meta charset="gb2312"><title>民主协商报-数字报刊平台</title></head><body>
<div class="dzb-top"><a href="/">网站首页</a> | <a href="/epaper/index.html">数字报首页</a> | 2024年05月21日 星期二</div>
<div class="banmian"><span>第01版：要闻</span> <a href="node_2.htm">下一版</a> <a href="../pdf/01.pdf">PDF下载</a> <span>通版阅读请点击：</span><a href="#">展开通版</a></div>
<div class="article-area"><h3 class="yinti"></h3><h1 class="biaoti">{html.escape(a['title'])}</h1>
<h2 class="fubiaoti">{html.escape(a['subtitle'] or '')}</h2><div class="info">2024-05-21　字数：{sum(map(len, a['paragraphs']))}　版次：01　作者：本报记者</div>
<founder-content>{ps(a['paragraphs'])}</founder-content></div>
<div class="titlelist"><p>本版新闻</p><a href="c_1.htm">{html.escape(a['title'])}</a><a href="c_2.htm">省政协召开主席会议</a><a href="c_3.htm">委员走进田间地头</a></div>
<div class="dzb-bottom">民主协商报社版权所有　未经书面授权不得转载、复制、建立镜像</div></body></html>"""
    return page, "gb2312"


def mobile(a: dict) -> tuple[str, str]:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{html.escape(a['title'])}</title></head>
<body><div class="app-banner">打开APP，阅读体验更佳 <a href="/download">立即打开</a></div>
<div class="m-header"><a href="/">陇上新闻</a><span>要闻</span></div>
<div class="m-article"><h1>{html.escape(a['title'])}</h1><div class="m-meta"><span>陇上新闻</span><span>05-21 08:15</span><span>甘肃</span></div>
<div class="m-content">{ps(a['paragraphs'][:3])}<div class="fold">{ps(a['paragraphs'][3:])}</div></div>
<div class="unfold">展开全文</div><div class="m-tip">本文来自陇上新闻客户端，仅代表作者观点。</div>
<div class="m-rec"><h4>为你推荐</h4><a href="#">兰州今夏最美的十个打卡地</a><a href="#">甘肃高考成绩查询入口</a></div></div>
<div class="m-foot">下载APP 看更多精彩内容</div></body></html>"""
    return page, "utf-8"


KINDS = {"oldtable": old_table_gbk, "blog": blog, "forum": forum, "audio": audio, "video": video,
         "legal": legal, "comments": comments, "gov": gov, "epaper": epaper, "mobile": mobile}
HOSTS = {"oldtable": "www.lintaozx.example.gov.cn", "blog": "blog.sina.example.com.cn", "forum": "bbs.longyuan.example.net",
         "audio": "radio.gszxzs.example.cn", "video": "v.zxnews.example.cn", "legal": "www.gszx.example.gov.cn",
         "comments": "news.mrgs.example.com", "gov": "www.tszx.example.gov.cn", "epaper": "epaper.mzxsb.example.cn",
         "mobile": "m.longshang.example.com"}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    arts = articles()
    index = []
    for k, (kind, make) in enumerate(KINDS.items()):
        for copy in range(2):
            a = arts[(k * 2 + copy * 7) % len(arts)]
            page, encoding = make(a)
            name = f"{HOSTS[kind]}.{kind}{copy + 1}"
            text = a["paragraphs"][:2] if kind == "legal" else a["paragraphs"]
            (OUT / f"{name}.html").write_bytes(page.encode(encoding if encoding != "gb2312" else "gbk", errors="replace"))
            (OUT / f"{name}.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
            index.append({"name": name, "kind": kind, "encoding": encoding, "title": a["title"]})
    (OUT / "index.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in index) + "\n", encoding="utf-8")
    print(f"{len(index)} pages in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
