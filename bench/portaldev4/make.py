"""A fourth set of portal pages: twelve page families that no other set has (澎湃-, 新浪-,
中新网-, 头条-, 光明网-style news pages, an ASP.NET county site, a WordPress blog, a county media
centre page with its meta lines under the text, an H5 page of an app, a 贴吧-style thread, a
learning-platform page, a news page with ads inside the text). Made pages that look like real
ones, around seed articles (../shared/gold).

Written as a held-out set after the rules of bench/portaldev3 and measured once before any rule
was changed for it (README, "Portal pages"); it is a development set from then on.

    .venv/bin/python -m bench.portaldev4.make     # writes bench/portaldev4/pages/
"""

from __future__ import annotations

from pathlib import Path

from bench.made_pages import Family, Page, e, ps, write_set

OUT = Path(__file__).resolve().parent / "pages"


def thepaper(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_澎湃号·政务_澎湃新闻-The Paper</title></head><body>
<div class="header"><a href="/">澎湃新闻</a><a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">下载客户端</a></div>
<div class="index_cententWrap"><h1 class="index_title">{e(a['title'])}</h1>
<div class="index_left"><div>甘肃政协</div><div><span>{d} 08:47</span><span>来源：澎湃新闻·澎湃号·政务</span></div></div>
<div class="index_cententWrap__content">{ps(a['paragraphs'])}</div>
<p class="statement">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<div class="share">扫码下载澎湃新闻客户端</div></div>
<div class="news_rec"><h2>相关推荐</h2><ul><li><a href="#">甘肃：政协委员走进乡村振兴一线</a></li></ul></div>
<div class="footer">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006　© 2014-2024 上海东方报业有限公司</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def sina(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="article:published_time" content="{d}T08:47:00+08:00"><title>{e(a['title'])}|政协|委员_新浪新闻</title></head><body>
<div class="top-nav"><a href="#">新浪首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">科技</a><a href="#">博客</a><a href="#">图片</a><a href="#">专栏</a></div>
<div class="main-content w1240"><h1 class="main-title">{e(a['title'])}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{d[:4]}年{d[5:7]}月{d[8:]}日 08:47</span><a class="source" href="#">每日甘肃网</a></div>
<div class="share">分享到：</div></div>
<div class="article" id="article">{ps(a['paragraphs'])}<p class="show_author">责任编辑：刘洋 </p></div>
<div class="article-bottom"><span>新浪新闻公众号</span><p>更多热点速报、权威资讯、深度分析尽在新浪新闻</p></div>
<div class="feed-card"><h3>热门推荐</h3><ul><li><a href="#">甘肃多地迎来降雨</a></li><li><a href="#">兰州中川机场暑运开启</a></li></ul></div></div>
<div class="footer">新浪简介 | About Sina | 广告营销 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 产品答疑<br>Copyright © 1996-2024 SINA Corporation, All Rights Reserved</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def chinanews(a: dict, d: str) -> Page:
    body = "".join(f"<p>　　{e(p)}</p>" for p in a["paragraphs"])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-中新网</title></head><body>
<div id="navbar"><a href="/">首页</a><a href="#">滚动</a><a href="#">时政</a><a href="#">社会</a><a href="#">国际</a><a href="#">财经</a></div>
<div class="con_left"><div id="cont_1_1_2"><div class="content_left_title">{e(a['title'])}</div>
<div class="content_left_time">{d[:4]}年{d[5:7]}月{d[8:]}日 08:47　来源：中国新闻网<div class="share">参与互动</div></div>
<div class="left_zw">{body}</div><div class="left_name"><div class="left_name">【编辑:王丹】</div></div>
<div class="more">更多精彩内容请进入<a href="#">中新网甘肃频道</a></div>
<div class="xg"><h3>相关新闻</h3><ul><li><a href="#">甘肃省政协召开常委会议</a></li></ul></div></div></div>
<div id="footer"><p>关于我们 | About us | 联系我们 | 广告服务 | 供稿服务 | 法律声明 | 招聘信息 | 网站地图</p><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p><p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def toutiao(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])} - 今日头条</title></head><body>
<div class="ttp-header"><a href="/">首页</a><a href="#">下载头条APP</a><a href="#">登录</a></div>
<div class="article-content"><h1>{e(a['title'])}</h1>
<div class="article-meta"><span class="original-tag">原创</span><span>{d} 08:47</span><span>·</span><span class="name">甘肃政协</span></div>
<article class="syl-article-base">{ps(a['paragraphs'])}</article>
<div class="report">举报</div><div class="article-actions"><span>赞</span><span>评论</span><span>收藏</span><span>分享</span></div></div>
<div class="right-sidebar"><div class="user-card"><a>甘肃政协</a><p>甘肃省政协官方账号</p><p>1.2万粉丝 · 3,012获赞</p><button>关注</button></div>
<div class="hot-board"><h3>头条热榜</h3><ol><li>高温天气持续</li><li>暑期出游攻略</li></ol></div></div>
<div class="footer">© 2024 今日头条　京ICP备12025439号-3</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def aspnet(a: dict, d: str) -> Page:
    body = "<br />".join("　　" + e(p) for p in a["paragraphs"])
    page = f"""<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>
	政协武山县委员会
</title></head><body><form name="form1" method="post" action="NewsShow.aspx?id=1024" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<div id="top"><img src="images/banner.jpg" /></div>
<div id="menu"><a href="Default.aspx">网站首页</a> | <a href="NewsList.aspx?t=1">政协动态</a> | <a href="NewsList.aspx?t=2">提案工作</a> | <a href="NewsList.aspx?t=3">委员风采</a></div>
<table width="960" align="center"><tr><td class="weizhi">当前位置：网站首页 &gt;&gt; 政协动态</td></tr>
<tr><td align="center"><span id="lblTitle" class="newstitle">{e(a['title'])}</span></td></tr>
<tr><td align="center" class="newsinfo">发布时间：<span id="lblTime">{d.replace('-0', '/').replace('-', '/')} 8:47:00</span>　阅读次数：<span id="lblHits">186</span></td></tr>
<tr><td class="newscontent"><span id="lblContent">{body}</span></td></tr>
<tr><td>上一条：<a href="NewsShow.aspx?id=1023">县政协召开主席会议</a><br />下一条：<a href="NewsShow.aspx?id=1025">县政协开展专题视察</a></td></tr></table>
<div id="foot">版权所有：政协武山县委员会办公室　技术支持：天水网络公司</div></form></body></html>"""
    return page, "gbk", a["paragraphs"]


def guangming(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_光明网</title></head><body>
<div class="g-top"><a href="#">光明网</a><a href="#">时评</a><a href="#">理论</a><a href="#">文化</a><a href="#">教育</a></div>
<div class="g-main"><div class="m-breadcrumb"><a href="#">光明网</a> &gt; <a href="#">地方</a> &gt; 正文</div>
<h1 class="u-title">{e(a['title'])}</h1><div class="m-con-info"><span class="m-con-time">{d} 05:30</span><span class="m-con-source">来源：光明网</span></div>
<div class="u-mainText">{ps(a['paragraphs'])}</div><div class="m-editor">[责编：张三]</div>
<div class="m-share">扫一扫 分享到微信</div>
<div class="m-relate"><h3>相关阅读</h3><ul><li><a href="#">政协委员建言乡村振兴</a></li></ul></div></div>
<div class="g-footer">光明网版权所有　光明日报社概况 | 关于光明网 | 报网动态 | 联系我们 | 法律声明 | 光明网邮箱 | 网站地图</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def wordpress(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{e(a['title'])} &#8211; 陇上行</title></head><body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="/">陇上行</a></p><p class="site-description">记录基层协商的点滴</p>
<nav class="main-navigation"><ul><li><a href="/">首页</a></li><li><a href="/category/notes/">随笔</a></li><li><a href="/about/">关于</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post status-publish format-standard"><header class="entry-header"><h1 class="entry-title">{e(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">发布于 <a href="#"><time class="entry-date published">{int(d[:4])}年{int(d[5:7])}月{int(d[8:])}日</time></a></span><span class="byline"> 作者 <a href="#">陇上行</a></span></div></header>
<div class="entry-content">{ps(a['paragraphs'])}</div>
<footer class="entry-footer"><span class="cat-links">分类 <a href="#">随笔</a></span><span class="tags-links">标签 <a href="#">政协</a>、<a href="#">协商</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="#">上一篇 走进委员工作室</a></div><div class="nav-next"><a href="#">下一篇 秋日陇南记</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表评论 <small><a href="#">取消回复</a></small></h3>
<p class="comment-notes">您的电子邮箱地址不会被公开。 必填项已用<span class="required">*</span>标注</p><p>评论 *</p><p>显示名称 *</p><p>电子邮箱地址 *</p><p><input type="submit" value="发表评论"></p></div></div></main>
<footer class="site-footer"><div class="site-info">自豪地采用WordPress</div></footer></body></html>"""
    return page, "utf-8", a["paragraphs"]


def media_centre(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-古浪县融媒体中心</title></head><body>
<div class="rmt-head"><a href="/">古浪融媒</a><a href="#">古浪新闻</a><a href="#">乡镇动态</a><a href="#">视听古浪</a></div>
<div class="rmt-article"><h2 class="rmt-title">{e(a['title'])}</h2>
<div class="rmt-body">{ps(a['paragraphs'])}</div>
<div class="rmt-meta"><p>来源：古浪县融媒体中心</p><p>作者：李明</p><p>编辑：王芳</p><p>审核：赵强</p><p>发布时间：{d} 17:20</p></div>
<div class="rmt-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>
<div class="rmt-list"><h3>推荐阅读</h3><ul><li><a href="#">古浪县：黄花滩移民区特色产业见成效</a></li></ul></div>
<div class="rmt-foot">古浪县融媒体中心版权所有　陇ICP备20001234号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def h5(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{e(a['title'])}</title></head><body>
<div class="open-app-top">打开新甘肃客户端 查看更多精彩 <span>打开</span></div>
<div class="detail"><div class="detail-title">{e(a['title'])}</div>
<div class="detail-info"><span>新甘肃·甘肃日报</span><span>{d} 09:10</span></div>
<div class="detail-content">{ps(a['paragraphs'])}</div>
<div class="detail-notice">本文为新甘肃客户端原创，转载请注明出处</div>
<div class="detail-praise"><span>点赞 38</span><span>分享</span></div>
<div class="detail-more"><div class="more-title">更多新闻</div><a href="#">甘肃今年新开工重大项目超百个</a><a href="#">兰州夜经济持续升温</a></div></div>
<div class="open-app-bottom">下载新甘肃客户端，阅读更多精彩内容</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def tieba(a: dict, d: str) -> Page:
    replies = ("沙发，支持一下", "我们村也开了协商议事会，效果挺好", "顶", "希望各地都能推广", "楼主辛苦了", "mark一下，回头细看")
    posts = "".join(f'<div class="l_post"><div class="d_author"><a>网友{k}</a></div><div class="d_post_content">{t}</div>'
                    f'<div class="post-tail-wrap"><span>{k + 1}楼</span><span>{d} {10 + k}:0{k}</span><a>回复</a></div></div>'
                    for k, t in enumerate(replies, 1))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}【临洮吧】_百度贴吧</title></head><body>
<div class="u_menu"><a href="#">百度首页</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="card_title"><a class="card_title_fname">临洮吧</a><span>关注：12,031 贴子：356,218</span></div>
<div class="core_title_wrap"><h3 class="core_title_txt">{e(a['title'])}</h3><a>只看楼主</a><a>收藏</a><a>回复</a></div>
<div class="l_post"><div class="d_author"><a>洮河岸边</a><span>楼主</span></div>
<div class="d_post_content j_d_post_content">{'<br>'.join(e(p) for p in a['paragraphs'])}</div>
<div class="post-tail-wrap"><span>来自Android客户端</span><span>1楼</span><span>{d} 09:02</span><a>回复</a></div></div>
{posts}
<div class="pager">1 2 3 下一页 尾页</div><div class="footer">©2024 Baidu 贴吧协议 | 隐私政策 | 吧主制度 | 意见反馈 | 网络谣言警示</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def xuexi(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}</title></head><body>
<div class="header"><span>甘肃学习平台</span><a href="#">首页</a><a href="#">学习新思想</a><a href="#">学习文化</a></div>
<section class="article"><div class="render-detail-title">{e(a['title'])}</div>
<div class="render-detail-resource">来源：甘肃学习平台　作者：民主协商报</div>
<div class="render-detail-time">{d}</div>
<div class="render-detail-content">{ps(a['paragraphs'])}</div>
<div class="render-detail-editor">责任编辑：马丽</div><div class="render-detail-statement">本平台部分内容转载自其他媒体，转载目的在于传递更多信息，并不代表本平台赞同其观点和对其真实性负责。</div></section>
<div class="footer">主办：中共甘肃省委宣传部</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def with_ads(a: dict, d: str) -> Page:
    paras = a["paragraphs"]
    mid = max(1, len(paras) // 2)
    body = (ps(paras[:mid]) + '<div class="ad-inline"><a href="#">扫码下载APP 领取新人红包</a><span>广告</span></div>'
            + ps(paras[mid:]))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_陇上资讯</title></head><body>
<div class="nav"><a href="/">陇上资讯</a><a href="#">本地</a><a href="#">政务</a><a href="#">民生</a></div>
<div class="art"><h1>{e(a['title'])}</h1><p class="art-info">{d} 14:02　陇上资讯　阅读 2.1万</p>
<div class="art-content">{body}</div>
<div class="art-end">— 完 —</div>
<div class="ad-bottom"><a href="#">【广告】夏季特惠 兰州至敦煌往返机票低至399元</a></div></div>
<div class="rec"><h3>猜你喜欢</h3><a href="#">甘肃这个县火了</a><a href="#">兰州牛肉面涨价了吗</a></div>
<div class="foot">陇上资讯 版权所有</div></body></html>"""
    return page, "utf-8", paras


KINDS: dict[str, Family] = {
    "thepaper": ("www.thepaper.example.cn", thepaper), "sina": ("news.sina.example.com.cn", sina),
    "chinanews": ("www.chinanews.example.com.cn", chinanews), "toutiao": ("www.toutiao.example.com", toutiao),
    "aspnet": ("www.wszx.example.gov.cn", aspnet), "guangming": ("difang.gmw.example.cn", guangming),
    "wordpress": ("longshangxing.example.net", wordpress), "mediacentre": ("www.gulang.example.gov.cn", media_centre),
    "h5": ("h5.xingansu.example.cn", h5), "tieba": ("tieba.baidu.example.com", tieba),
    "xuexi": ("gs.xuexi.example.cn", xuexi), "ads": ("www.lssz.example.com", with_ads),
}


def main() -> int:
    return write_set(OUT, KINDS, lambda k, copy: (k * 5 + copy * 13 + 2, f"2024-{(k * 5 + copy * 7) % 12 + 1:02d}-{(k * 11 + copy * 5) % 28 + 1:02d}"))


if __name__ == "__main__":
    raise SystemExit(main())
