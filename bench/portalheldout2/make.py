"""A second held-out set of portal pages: ten page families no other set has (an old 新浪博客
blog in GBK, a provincial news portal in gb2312 with a font-size bar, a single-page-app detail
page with dotted dates, a radio portal in GBK, an old site whose article is text separated by
<br> and indented with full-width spaces, a committee site whose <h1> is its logo, a Weibo
headline article with comments, a photo gallery page with numbered captions, a bilingual
portal's Chinese page, a government notice with a slash date). Made pages that look like real
ones, around seed articles (../shared/gold).

Written after every rule of the other sets, and measured once before any rule was changed for it
(README, "Portal pages"). When a rule is changed because of one of these pages, the set becomes a
development set and a new held-out set is needed.

    .venv/bin/python -m bench.portalheldout2.make     # writes bench/portalheldout2/pages/
"""

from __future__ import annotations

from pathlib import Path

from bench.made_pages import Family, Page, e, ps, write_set

OUT = Path(__file__).resolve().parent / "pages"


def sinablog(a: dict, d: str) -> Page:
    body = "".join(f"<p>&nbsp;&nbsp;&nbsp; {e(p)}</p>" for p in a["paragraphs"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{e(a['title'])}_陇上清风_新浪博客</title></head><body>
<div class="sinatopbar"><a href="#">新浪首页</a> <a href="#">新浪博客</a> <a href="#">登录</a> <a href="#">注册</a> <a href="#">发博文</a></div>
<div id="blogTitle"><h1><span id="blogname">陇上清风的博客</span></h1><div class="blognavInfo"><a>首页</a><a>博文目录</a><a>图片</a><a>关于我</a></div></div>
<div class="SG_colW21"><div class="SG_conn"><div class="articalTitle"><h2 class="titName SG_txta">{e(a['title'])}</h2>
<span class="time SG_txtc">({d} 08:47:13)</span></div>
<div class="articalTag"><td class="blog_tag">标签：<h3><a>政协</a></h3><h3><a>甘肃</a></h3></td><td class="blog_class">分类：<a>时政</a></td></div>
<div class="articalContent" id="sina_keyword_ad_area2">{body}</div>
<div class="articalInfo">阅读(<span>36</span>) ┊ 评论 (<span>0</span>) ┊ 收藏(<span>0</span>) ┊ 转载(<span>0</span>) ┊ 喜欢▼ ┊ 打印 ┊ 举报</div>
<div class="articalfrontback"><div>前一篇：<a href="#">秋日随笔</a></div><div>后一篇：<a href="#">读书札记</a></div></div>
<div class="allComm"><div class="allCommTit">评论</div><p>重要提示：警惕虚假中奖信息</p><p>发评论</p></div></div></div>
<div id="diywidget"><div class="SG_connHead">博主推荐</div><a href="#">相关博文</a></div>
<div class="footer">新浪BLOG意见反馈留言板　电话：4000520066　Copyright © 1996 - 2024 SINA Corporation, All Rights Reserved</div></body></html>"""
    return page, "gbk", a["paragraphs"]


def gscn(a: dict, d: str) -> Page:
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{e(a['title'])}--中国甘肃网</title></head><body>
<div class="top"><a href="#">中国甘肃网</a>|<a href="#">新闻</a>|<a href="#">甘肃</a>|<a href="#">政务</a>|<a href="#">舆情</a>|<a href="#">视频</a></div>
<div class="weizhi">当前位置：<a href="#">中国甘肃网</a> &gt;&gt; <a href="#">甘肃新闻</a> &gt;&gt; 正文</div>
<div class="conleft"><h1 class="title">{e(a['title'])}</h1>
<div class="info">发布时间：{d} 08:47:00　来源：甘肃日报　作者：　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="text" id="zoom">{ps(a['paragraphs'])}</div>
<div class="bianji">[编辑：赵蓉]</div>
<div class="fenxiang">分享到：<a>微信</a><a>微博</a></div>
<div class="xgxw"><div class="xgtitle">相关新闻</div><ul><li><a href="#">甘肃省政协召开专题协商会</a></li><li><a href="#">全省政协系统工作会议召开</a></li></ul></div></div>
<div class="footer">版权所有：中国甘肃网　甘ICP备05000361号　违法和不良信息举报电话：0931-8952456</div></body></html>"""
    return page, "gb2312", a["paragraphs"]


def spa_detail(a: dict, d: str) -> Page:
    dotted = d.replace("-", ".")
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{e(a['title'])}</title>
<script>window.__INITIAL_STATE__={{"route":"/detail"}};</script></head><body><div id="app">
<header class="header"><div class="logo">政协天水市委员会</div><nav><a>首页</a><a>新闻中心</a><a>履职动态</a><a>委员风采</a><a>文史资料</a><a>联系我们</a></nav></header>
<div class="crumbs"><span>首页</span><i>/</i><span>新闻中心</span><i>/</i><span>详情</span></div>
<main class="detail"><div class="detail-title">{e(a['title'])}</div>
<div class="detail-info"><span>时间：{dotted}</span><span>来源：市政协办公室</span><span>阅读：1024</span></div>
<div class="detail-content ql-editor">{ps(a['paragraphs'])}</div>
<div class="detail-pager"><p>上一篇：<a>市政协召开主席会议</a></p><p>下一篇：<a>市政协委员视察重点项目</a></p></div></main>
<footer class="footer"><p>主办：政协天水市委员会办公室</p><p>陇ICP备2021000123号-1</p></footer></div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def cnr(a: dict, d: str) -> Page:
    page = f"""<html><head><meta charset="gbk"><title>{e(a['title'])}_央广网</title></head><body>
<div class="topbar"><a href="#">央广网首页</a><a href="#">新闻</a><a href="#">财经</a><a href="#">军事</a><a href="#">广播</a><a href="#">云听</a></div>
<div class="subnav">央广网 &gt; 地方 &gt; 甘肃</div>
<div class="article-header"><h1>{e(a['title'])}</h1>
<div class="source"><span>{d} 08:47:13</span><span>来源：央广网</span></div></div>
<div class="article-content"><div class="TRS_Editor">{ps(a['paragraphs'])}</div></div>
<div class="editor">编辑：孙冉</div>
<div class="more"><h3>热点推荐</h3><ul><li><a href="#">全国多地开展秋收</a></li><li><a href="#">甘肃：文旅市场持续升温</a></li></ul></div>
<div class="footer">央广网版权所有 未经书面授权 不得复制或建立镜像</div></body></html>"""
    return page, "gbk", a["paragraphs"]


def br_text(a: dict, d: str) -> Page:
    body = "<br><br>".join(f"　　{e(p)}" for p in a["paragraphs"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{e(a['title'])}</title></head><body>
<table width="760" border="0" align="center"><tr><td><img src="/img/top.gif"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a>　<a href="/xw/">新闻动态</a>　<a href="/tz/">通知公告</a>　<a href="/wy/">委员之家</a>　<a href="/ly/">留言板</a></td></tr></table>
<table width="760" border="0" align="center"><tr><td width="200" valign="top" class="left"><b>栏目导航</b><br><a href="#">政协要闻</a><br><a href="#">县区动态</a><br><a href="#">提案工作</a></td>
<td valign="top"><div align="center"><font size="4"><b>{e(a['title'])}</b></font></div>
<div align="center"><font color="#666666">作者：佚名　来源：本站原创　更新时间：{d}　点击：<span>206</span></font></div><hr size="1">
<div id="content" style="line-height:180%">{body}</div>
<div align="right">【<a href="javascript:window.close()">关闭窗口</a>】</div></td></tr></table>
<table width="760" align="center"><tr><td align="center">Copyright 2008-2024 版权所有 政协民乐县委员会　技术支持：县信息中心</td></tr></table></body></html>"""
    return page, "gbk", a["paragraphs"]


def logo_h1(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-政协酒泉市委员会</title></head><body>
<div class="header"><h1 class="logo"><a href="/">政协酒泉市委员会</a></h1><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="menu"><a>首页</a><a>机构概况</a><a>政协要闻</a><a>协商议政</a><a>提案工作</a><a>县区政协</a></div>
<div class="location">您现在的位置：首页 &gt; 政协要闻</div>
<div class="news-detail"><h2 class="art-title">{e(a['title'])}</h2>
<div class="art-meta">发布时间：{d[:4]}年{int(d[5:7])}月{int(d[8:])}日　信息来源：办公室　字号：[大][中][小]</div>
<div class="art-body">{ps(a['paragraphs'])}</div>
<div class="art-tools"><a>打印本页</a> <a>关闭窗口</a></div></div>
<div class="footer">政协酒泉市委员会 主办　地址：酒泉市肃州区　电话：0937-2612345</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def weibo_article(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])} - 微博</title></head><body>
<div class="WB_global_nav"><a>微博</a><a>首页</a><a>视频</a><a>发现</a><a>游戏</a><a>注册</a><a>登录</a></div>
<div class="main_editor"><div class="title">{e(a['title'])}</div>
<div class="authorinfo"><em class="W_autocut">甘肃政协</em><span class="time">发布于 {d} 08:47</span><span>阅读数 2.3万</span></div>
<div class="WB_editor_iframe_new">{ps(a['paragraphs'])}</div>
<div class="DCI_v2">阅读 2.3万 举报</div></div>
<div class="WB_feed_repeat"><div class="repeat_list"><p>评论 12</p><div class="list_li"><span>陇上行者：</span>点赞，为家乡的政协工作点赞！</div>
<div class="list_li"><span>金城小雨：</span>支持！希望多多报道基层的好做法</div></div></div>
<div class="footer">Copyright © 2009-2024 WEIBO 北京微梦创科网络技术有限公司</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def gallery(a: dict, d: str) -> Page:
    paras = a["paragraphs"]
    slides = "".join(f'<li><img src="/pic/{k}.jpg"><p class="cap">{k + 1}/{len(paras) + 2}</p></li>' for k in range(len(paras) + 2))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_图片频道_每日甘肃网</title></head><body>
<div class="nav"><a>每日甘肃</a><a>图片</a><a>甘肃</a><a>摄影</a><a>图集</a></div>
<div class="pic-main"><h1>{e(a['title'])}</h1><div class="pic-info">{d} 08:47　来源：每日甘肃网　摄影：张林</div>
<ul class="slides">{slides}</ul><div class="pic-ctrl"><a>上一张</a><a>下一张</a><a>查看原图</a></div>
<div class="pic-text">{ps(paras)}</div></div>
<div class="pic-more"><h3>更多图集</h3><a>金秋甘南</a><a>丝路花雨</a></div>
<div class="footer">每日甘肃网版权所有　甘肃日报报业集团主办</div></body></html>"""
    return page, "utf-8", paras


def chinadaily(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])} - 中国日报网</title></head><body>
<div class="topNav"><a>中国日报网</a><a>English</a><a>双语</a><a>财经</a><a>观点</a><a>地方</a></div>
<div class="dise"><h1 class="dabiaoti">{e(a['title'])}</h1>
<div class="fenx"><div class="xinf-le">来源：中国日报网 {d} 08:47</div><div class="xinf-ri">分享到 <a>微信</a> <a>微博</a></div></div>
<div id="Content">{ps(a['paragraphs'])}</div>
<div class="tuijian">【责任编辑：杨勇】</div></div>
<div class="tuij"><h3>精彩推荐</h3><a>Chinese economy shows resilience</a><a>双语：秋收时节</a></div>
<div class="footer">Copyright 1995 - 2024 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def gov_notice(a: dict, d: str) -> Page:
    slash = d.replace("-", "/")
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{e(a['title'])}"><meta name="PubDate" content="{slash} 09:30"><title>{e(a['title'])}_甘肃省人民政府</title></head><body>
<div class="top"><a>甘肃省人民政府</a><a>无障碍</a><a>长者模式</a><a>English</a></div>
<div class="nav"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进甘肃</a></div>
<div class="bt-position">当前位置：首页 &gt; 要闻动态 &gt; 市州动态</div>
<div class="main"><div class="main_title">{e(a['title'])}</div>
<div class="info"><span>发布日期：{slash}</span><span>来源：省政协办公厅</span><span>浏览次数：<em>1520</em></span><span>字体：[大 中 小]</span></div>
<div class="notice_content" id="zoom">{ps(a['paragraphs'])}</div>
<div class="fxdy"><a>【打印本页】</a><a>【关闭窗口】</a></div>
<div class="xgwj"><h4>相关稿件</h4><a>甘肃省政协召开十二届常委会会议</a></div></div>
<div class="footer">主办：甘肃省人民政府办公厅　网站标识码：6200000001　甘公网安备 62010202000123号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


KINDS: dict[str, Family] = {
    "sinablog": ("blog.sina.example.com.cn", sinablog), "gscn": ("www.gscn.example.com.cn", gscn),
    "spa": ("www.tszx.example.gov.cn", spa_detail), "cnr": ("gs.cnr.example.cn", cnr),
    "brtext": ("www.mlzx.example.gov.cn", br_text), "logoh1": ("www.jqzx.example.gov.cn", logo_h1),
    "weibo": ("weibo.example.com", weibo_article), "gallery": ("pic.gansudaily.example.com.cn", gallery),
    "chinadaily": ("cn.chinadaily.example.com.cn", chinadaily), "govnotice": ("www.gansu.example.gov.cn", gov_notice),
}


def main() -> int:
    return write_set(OUT, KINDS, lambda k, copy: (k * 11 + copy * 19 + 7, f"2024-{(k * 7 + copy * 3) % 12 + 1:02d}-{(k * 5 + copy * 11) % 28 + 1:02d}"))


if __name__ == "__main__":
    raise SystemExit(main())
