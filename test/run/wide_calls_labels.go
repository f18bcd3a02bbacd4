// Wide and deep code that fixed-size buffers of the compiler once cut short: a call, a deferred
// call and a call through a func value with 70 arguments (the compiler's stack overflowed past
// 64), print with 70 operands (the rest were dropped), 140 labels (past 128 a goto was "label
// not defined"), 70 nested loops with a labeled break and continue (past 64: an internal error).
package main

func f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69 int) int {
	return a0 + a69
}

type T struct{}

func (T) m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69 int) int {
	return a1 * a68
}

type I interface {
	m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69 int) int
}

func labels() int {
	x := 0
L0:
	x++
	if x < 0 {
		goto L0
	}
L1:
	x++
	if x < 0 {
		goto L1
	}
L2:
	x++
	if x < 0 {
		goto L2
	}
L3:
	x++
	if x < 0 {
		goto L3
	}
L4:
	x++
	if x < 0 {
		goto L4
	}
L5:
	x++
	if x < 0 {
		goto L5
	}
L6:
	x++
	if x < 0 {
		goto L6
	}
L7:
	x++
	if x < 0 {
		goto L7
	}
L8:
	x++
	if x < 0 {
		goto L8
	}
L9:
	x++
	if x < 0 {
		goto L9
	}
L10:
	x++
	if x < 0 {
		goto L10
	}
L11:
	x++
	if x < 0 {
		goto L11
	}
L12:
	x++
	if x < 0 {
		goto L12
	}
L13:
	x++
	if x < 0 {
		goto L13
	}
L14:
	x++
	if x < 0 {
		goto L14
	}
L15:
	x++
	if x < 0 {
		goto L15
	}
L16:
	x++
	if x < 0 {
		goto L16
	}
L17:
	x++
	if x < 0 {
		goto L17
	}
L18:
	x++
	if x < 0 {
		goto L18
	}
L19:
	x++
	if x < 0 {
		goto L19
	}
L20:
	x++
	if x < 0 {
		goto L20
	}
L21:
	x++
	if x < 0 {
		goto L21
	}
L22:
	x++
	if x < 0 {
		goto L22
	}
L23:
	x++
	if x < 0 {
		goto L23
	}
L24:
	x++
	if x < 0 {
		goto L24
	}
L25:
	x++
	if x < 0 {
		goto L25
	}
L26:
	x++
	if x < 0 {
		goto L26
	}
L27:
	x++
	if x < 0 {
		goto L27
	}
L28:
	x++
	if x < 0 {
		goto L28
	}
L29:
	x++
	if x < 0 {
		goto L29
	}
L30:
	x++
	if x < 0 {
		goto L30
	}
L31:
	x++
	if x < 0 {
		goto L31
	}
L32:
	x++
	if x < 0 {
		goto L32
	}
L33:
	x++
	if x < 0 {
		goto L33
	}
L34:
	x++
	if x < 0 {
		goto L34
	}
L35:
	x++
	if x < 0 {
		goto L35
	}
L36:
	x++
	if x < 0 {
		goto L36
	}
L37:
	x++
	if x < 0 {
		goto L37
	}
L38:
	x++
	if x < 0 {
		goto L38
	}
L39:
	x++
	if x < 0 {
		goto L39
	}
L40:
	x++
	if x < 0 {
		goto L40
	}
L41:
	x++
	if x < 0 {
		goto L41
	}
L42:
	x++
	if x < 0 {
		goto L42
	}
L43:
	x++
	if x < 0 {
		goto L43
	}
L44:
	x++
	if x < 0 {
		goto L44
	}
L45:
	x++
	if x < 0 {
		goto L45
	}
L46:
	x++
	if x < 0 {
		goto L46
	}
L47:
	x++
	if x < 0 {
		goto L47
	}
L48:
	x++
	if x < 0 {
		goto L48
	}
L49:
	x++
	if x < 0 {
		goto L49
	}
L50:
	x++
	if x < 0 {
		goto L50
	}
L51:
	x++
	if x < 0 {
		goto L51
	}
L52:
	x++
	if x < 0 {
		goto L52
	}
L53:
	x++
	if x < 0 {
		goto L53
	}
L54:
	x++
	if x < 0 {
		goto L54
	}
L55:
	x++
	if x < 0 {
		goto L55
	}
L56:
	x++
	if x < 0 {
		goto L56
	}
L57:
	x++
	if x < 0 {
		goto L57
	}
L58:
	x++
	if x < 0 {
		goto L58
	}
L59:
	x++
	if x < 0 {
		goto L59
	}
L60:
	x++
	if x < 0 {
		goto L60
	}
L61:
	x++
	if x < 0 {
		goto L61
	}
L62:
	x++
	if x < 0 {
		goto L62
	}
L63:
	x++
	if x < 0 {
		goto L63
	}
L64:
	x++
	if x < 0 {
		goto L64
	}
L65:
	x++
	if x < 0 {
		goto L65
	}
L66:
	x++
	if x < 0 {
		goto L66
	}
L67:
	x++
	if x < 0 {
		goto L67
	}
L68:
	x++
	if x < 0 {
		goto L68
	}
L69:
	x++
	if x < 0 {
		goto L69
	}
L70:
	x++
	if x < 0 {
		goto L70
	}
L71:
	x++
	if x < 0 {
		goto L71
	}
L72:
	x++
	if x < 0 {
		goto L72
	}
L73:
	x++
	if x < 0 {
		goto L73
	}
L74:
	x++
	if x < 0 {
		goto L74
	}
L75:
	x++
	if x < 0 {
		goto L75
	}
L76:
	x++
	if x < 0 {
		goto L76
	}
L77:
	x++
	if x < 0 {
		goto L77
	}
L78:
	x++
	if x < 0 {
		goto L78
	}
L79:
	x++
	if x < 0 {
		goto L79
	}
L80:
	x++
	if x < 0 {
		goto L80
	}
L81:
	x++
	if x < 0 {
		goto L81
	}
L82:
	x++
	if x < 0 {
		goto L82
	}
L83:
	x++
	if x < 0 {
		goto L83
	}
L84:
	x++
	if x < 0 {
		goto L84
	}
L85:
	x++
	if x < 0 {
		goto L85
	}
L86:
	x++
	if x < 0 {
		goto L86
	}
L87:
	x++
	if x < 0 {
		goto L87
	}
L88:
	x++
	if x < 0 {
		goto L88
	}
L89:
	x++
	if x < 0 {
		goto L89
	}
L90:
	x++
	if x < 0 {
		goto L90
	}
L91:
	x++
	if x < 0 {
		goto L91
	}
L92:
	x++
	if x < 0 {
		goto L92
	}
L93:
	x++
	if x < 0 {
		goto L93
	}
L94:
	x++
	if x < 0 {
		goto L94
	}
L95:
	x++
	if x < 0 {
		goto L95
	}
L96:
	x++
	if x < 0 {
		goto L96
	}
L97:
	x++
	if x < 0 {
		goto L97
	}
L98:
	x++
	if x < 0 {
		goto L98
	}
L99:
	x++
	if x < 0 {
		goto L99
	}
L100:
	x++
	if x < 0 {
		goto L100
	}
L101:
	x++
	if x < 0 {
		goto L101
	}
L102:
	x++
	if x < 0 {
		goto L102
	}
L103:
	x++
	if x < 0 {
		goto L103
	}
L104:
	x++
	if x < 0 {
		goto L104
	}
L105:
	x++
	if x < 0 {
		goto L105
	}
L106:
	x++
	if x < 0 {
		goto L106
	}
L107:
	x++
	if x < 0 {
		goto L107
	}
L108:
	x++
	if x < 0 {
		goto L108
	}
L109:
	x++
	if x < 0 {
		goto L109
	}
L110:
	x++
	if x < 0 {
		goto L110
	}
L111:
	x++
	if x < 0 {
		goto L111
	}
L112:
	x++
	if x < 0 {
		goto L112
	}
L113:
	x++
	if x < 0 {
		goto L113
	}
L114:
	x++
	if x < 0 {
		goto L114
	}
L115:
	x++
	if x < 0 {
		goto L115
	}
L116:
	x++
	if x < 0 {
		goto L116
	}
L117:
	x++
	if x < 0 {
		goto L117
	}
L118:
	x++
	if x < 0 {
		goto L118
	}
L119:
	x++
	if x < 0 {
		goto L119
	}
L120:
	x++
	if x < 0 {
		goto L120
	}
L121:
	x++
	if x < 0 {
		goto L121
	}
L122:
	x++
	if x < 0 {
		goto L122
	}
L123:
	x++
	if x < 0 {
		goto L123
	}
L124:
	x++
	if x < 0 {
		goto L124
	}
L125:
	x++
	if x < 0 {
		goto L125
	}
L126:
	x++
	if x < 0 {
		goto L126
	}
L127:
	x++
	if x < 0 {
		goto L127
	}
L128:
	x++
	if x < 0 {
		goto L128
	}
L129:
	x++
	if x < 0 {
		goto L129
	}
L130:
	x++
	if x < 0 {
		goto L130
	}
L131:
	x++
	if x < 0 {
		goto L131
	}
L132:
	x++
	if x < 0 {
		goto L132
	}
L133:
	x++
	if x < 0 {
		goto L133
	}
L134:
	x++
	if x < 0 {
		goto L134
	}
L135:
	x++
	if x < 0 {
		goto L135
	}
L136:
	x++
	if x < 0 {
		goto L136
	}
L137:
	x++
	if x < 0 {
		goto L137
	}
L138:
	x++
	if x < 0 {
		goto L138
	}
L139:
	x++
	if x < 0 {
		goto L139
	}
	return x
}

func nested() int {
	x := 0
outer:
	for i0 := 0; i0 < 2; i0++ {
		for i1 := 0; i1 < 2; i1++ {
			for i2 := 0; i2 < 2; i2++ {
				for i3 := 0; i3 < 2; i3++ {
					for i4 := 0; i4 < 2; i4++ {
						for i5 := 0; i5 < 2; i5++ {
							for i6 := 0; i6 < 2; i6++ {
								for i7 := 0; i7 < 2; i7++ {
									for i8 := 0; i8 < 2; i8++ {
										for i9 := 0; i9 < 2; i9++ {
											for i10 := 0; i10 < 2; i10++ {
												for i11 := 0; i11 < 2; i11++ {
													for i12 := 0; i12 < 2; i12++ {
														for i13 := 0; i13 < 2; i13++ {
															for i14 := 0; i14 < 2; i14++ {
																for i15 := 0; i15 < 2; i15++ {
																	for i16 := 0; i16 < 2; i16++ {
																		for i17 := 0; i17 < 2; i17++ {
																			for i18 := 0; i18 < 2; i18++ {
																				for i19 := 0; i19 < 2; i19++ {
																					for i20 := 0; i20 < 2; i20++ {
																						for i21 := 0; i21 < 2; i21++ {
																							for i22 := 0; i22 < 2; i22++ {
																								for i23 := 0; i23 < 2; i23++ {
																									for i24 := 0; i24 < 2; i24++ {
																										for i25 := 0; i25 < 2; i25++ {
																											for i26 := 0; i26 < 2; i26++ {
																												for i27 := 0; i27 < 2; i27++ {
																													for i28 := 0; i28 < 2; i28++ {
																														for i29 := 0; i29 < 2; i29++ {
																															for i30 := 0; i30 < 2; i30++ {
																																for i31 := 0; i31 < 2; i31++ {
																																	for i32 := 0; i32 < 2; i32++ {
																																		for i33 := 0; i33 < 2; i33++ {
																																			for i34 := 0; i34 < 2; i34++ {
																																				for i35 := 0; i35 < 2; i35++ {
																																					for i36 := 0; i36 < 2; i36++ {
																																						for i37 := 0; i37 < 2; i37++ {
																																							for i38 := 0; i38 < 2; i38++ {
																																								for i39 := 0; i39 < 2; i39++ {
																																									for i40 := 0; i40 < 2; i40++ {
																																										for i41 := 0; i41 < 2; i41++ {
																																											for i42 := 0; i42 < 2; i42++ {
																																												for i43 := 0; i43 < 2; i43++ {
																																													for i44 := 0; i44 < 2; i44++ {
																																														for i45 := 0; i45 < 2; i45++ {
																																															for i46 := 0; i46 < 2; i46++ {
																																																for i47 := 0; i47 < 2; i47++ {
																																																	for i48 := 0; i48 < 2; i48++ {
																																																		for i49 := 0; i49 < 2; i49++ {
																																																			for i50 := 0; i50 < 2; i50++ {
																																																				for i51 := 0; i51 < 2; i51++ {
																																																					for i52 := 0; i52 < 2; i52++ {
																																																						for i53 := 0; i53 < 2; i53++ {
																																																							for i54 := 0; i54 < 2; i54++ {
																																																								for i55 := 0; i55 < 2; i55++ {
																																																									for i56 := 0; i56 < 2; i56++ {
																																																										for i57 := 0; i57 < 2; i57++ {
																																																											for i58 := 0; i58 < 2; i58++ {
																																																												for i59 := 0; i59 < 2; i59++ {
																																																													for i60 := 0; i60 < 2; i60++ {
																																																														for i61 := 0; i61 < 2; i61++ {
																																																															for i62 := 0; i62 < 2; i62++ {
																																																																for i63 := 0; i63 < 2; i63++ {
																																																																	for i64 := 0; i64 < 2; i64++ {
																																																																		for i65 := 0; i65 < 2; i65++ {
																																																																			for i66 := 0; i66 < 2; i66++ {
																																																																				for i67 := 0; i67 < 2; i67++ {
																																																																					for i68 := 0; i68 < 2; i68++ {
																																																																						for i69 := 0; i69 < 2; i69++ {
																																																																							x++
																																																																							if x == 5 {
																																																																								break outer
																																																																							}
																																																																							continue outer
																																																																						}
																																																																					}
																																																																				}
																																																																			}
																																																																		}
																																																																	}
																																																																}
																																																															}
																																																														}
																																																													}
																																																												}
																																																											}
																																																										}
																																																									}
																																																								}
																																																							}
																																																						}
																																																					}
																																																				}
																																																			}
																																																		}
																																																	}
																																																}
																																															}
																																														}
																																													}
																																												}
																																											}
																																										}
																																									}
																																								}
																																							}
																																						}
																																					}
																																				}
																																			}
																																		}
																																	}
																																}
																															}
																														}
																													}
																												}
																											}
																										}
																									}
																								}
																							}
																						}
																					}
																				}
																			}
																		}
																	}
																}
															}
														}
													}
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}
	return x
}

func main() {
	println(f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69))
	defer f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69)
	defer println("deferred", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69)
	println(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69)
	g := f
	println(g(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69))
	var i I = T{}
	println(i.m(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69), T{}.m(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69))
	println(labels(), nested())
}
